/**
 * Snapshots of articles: `.copydesk/history/<id>/<snapshot id>.json`, each the whole article as
 * it was, plus `manifest.json` beside them listing time, reason, revision, word count and the
 * words added and removed since the previous snapshot (so listing never re-reads every version).
 * The manifest is a cache: when missing or damaged it is rebuilt from the snapshot files.
 * Every write is atomic; the retention ladder (retention.ts) prunes after each new snapshot.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { Article, ArticleId } from '../../shared/article/schema.ts';
import { countWords, plainTextOf } from '../../shared/article/plainText.ts';
import { ApiError } from '../../shared/contract/errors.ts';
import { applyRetention, DEFAULT_LADDER, type Rung } from './retention.ts';
import { wordChangeCounts, wordDiff, type WordDiff } from './wordDiff.ts';

export const SNAPSHOT_FORMAT = 'copydesk-snapshot';
export const HISTORY_DIR = join('.copydesk', 'history');

export type SnapshotReason = 'auto' | 'status' | 'manual' | 'before-restore';

export interface SnapshotInfo {
  snapshotId: string;
  at: string;
  reason: SnapshotReason;
  revision: number;
  title: string;
  words: number;
  /** Words added and removed since the previous (older) snapshot; null for the oldest. */
  added: number | null;
  removed: number | null;
}

const SNAPSHOT_ID = /^[0-9]{8}T[0-9]{9}Z-r[0-9]+-[0-9a-f]{4}$/;

/** The text a journalist compares between versions: headline, standfirst and body. */
export function comparableText(a: Pick<Article, 'title' | 'standfirst' | 'body'>): string {
  return [a.title, a.standfirst, plainTextOf(a.body)].filter((s) => s.trim() !== '').join('\n\n');
}

export class HistoryStore {
  readonly root: string;
  readonly #ladder: readonly Rung[];
  readonly #now: () => Date;
  /** One chain of operations per article, so two snapshots never race on one manifest. */
  readonly #chains = new Map<string, Promise<unknown>>();

  constructor(libraryDir: string, options: { now?: () => Date; ladder?: readonly Rung[] } = {}) {
    this.root = join(libraryDir, HISTORY_DIR);
    this.#ladder = options.ladder ?? DEFAULT_LADDER;
    this.#now = options.now ?? (() => new Date());
  }

  #dirOf(id: string): string {
    return join(this.root, ArticleId.parse(id));
  }

  #serial<T>(id: string, task: () => Promise<T>): Promise<T> {
    const run = (this.#chains.get(id) ?? Promise.resolve()).then(task, task);
    this.#chains.set(id, run.catch(() => undefined));
    return run;
  }

  /** Snapshots, newest first. */
  list(id: string): Promise<SnapshotInfo[]> {
    return this.#serial(id, () => this.#manifest(id));
  }

  async #manifest(id: string): Promise<SnapshotInfo[]> {
    const dir = this.#dirOf(id);
    try {
      const data = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { snapshots?: SnapshotInfo[] };
      if (Array.isArray(data.snapshots)) return data.snapshots;
    } catch {
      // missing or damaged: rebuilt below from the snapshot files themselves
    }
    return this.#rebuildManifest(id);
  }

  async #rebuildManifest(id: string): Promise<SnapshotInfo[]> {
    const dir = this.#dirOf(id);
    const names = await readdir(dir).catch(() => [] as string[]);
    const loaded: { info: SnapshotInfo; text: string }[] = [];
    for (const name of names) {
      const snapshotId = name.replace(/\.json$/, '');
      if (!SNAPSHOT_ID.test(snapshotId)) continue;
      const snap = await this.#readFile(id, snapshotId).catch(() => null);
      if (snap) loaded.push({ info: infoOf(snapshotId, snap.at, snap.reason, snap.article), text: comparableText(snap.article) });
    }
    loaded.sort((a, b) => b.info.at.localeCompare(a.info.at));
    loaded.forEach((entry, i) => {
      const older = loaded[i + 1];
      const counts = older ? wordChangeCounts(older.text, entry.text) : null;
      entry.info.added = counts?.added ?? null;
      entry.info.removed = counts?.removed ?? null;
    });
    const infos = loaded.map((l) => l.info);
    if (infos.length > 0) await this.#writeManifest(id, infos);
    return infos;
  }

  async #writeManifest(id: string, snapshots: SnapshotInfo[]): Promise<void> {
    await writeFileAtomic(join(this.#dirOf(id), 'manifest.json'), JSON.stringify({ snapshots }), { fsync: true });
  }

  async #readFile(id: string, snapshotId: string): Promise<{ at: string; reason: SnapshotReason; article: Article }> {
    if (!SNAPSHOT_ID.test(snapshotId)) throw new ApiError('bad-request', `snapshotId: "${snapshotId}" is not a snapshot id.`);
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(join(this.#dirOf(id), `${snapshotId}.json`), 'utf8'));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new ApiError('not-found', `Article ${id} has no snapshot ${snapshotId}.`);
      throw new ApiError('damaged', `Snapshot ${snapshotId} of article ${id} cannot be read.`);
    }
    const r = raw as { format?: unknown; at?: unknown; reason?: unknown; article?: unknown };
    const article = Article.safeParse(r.article);
    if (r.format !== SNAPSHOT_FORMAT || typeof r.at !== 'string' || !article.success) {
      throw new ApiError('damaged', `Snapshot ${snapshotId} of article ${id} is damaged.`);
    }
    return { at: r.at, reason: r.reason as SnapshotReason, article: article.data };
  }

  /** The article as it was in a snapshot. */
  async read(id: string, snapshotId: string): Promise<Article> {
    return (await this.#readFile(id, snapshotId)).article;
  }

  /** Keeps `article` as a snapshot, then prunes old snapshots by the retention ladder. */
  take(article: Article, reason: SnapshotReason): Promise<SnapshotInfo> {
    return this.#serial(article.id, async () => {
      const dir = this.#dirOf(article.id);
      await mkdir(dir, { recursive: true });
      // Read before writing the new file: a rebuilt manifest must not include the new snapshot.
      const existing = await this.#manifest(article.id);
      const now = this.#now();
      const at = now.toISOString();
      const snapshotId = `${at.replace(/[-:.]/g, '')}-r${article.revision}-${randomBytes(2).toString('hex')}`;
      await writeFileAtomic(join(dir, `${snapshotId}.json`), JSON.stringify({ format: SNAPSHOT_FORMAT, version: 1, at, reason, article }), { fsync: true });

      const info = infoOf(snapshotId, at, reason, article);
      const previous = existing[0];
      if (previous) {
        const before = await this.#readFile(article.id, previous.snapshotId).catch(() => null);
        const counts = before ? wordChangeCounts(comparableText(before.article), comparableText(article)) : null;
        info.added = counts?.added ?? null;
        info.removed = counts?.removed ?? null;
      }
      const all = [info, ...existing.filter((s) => s.snapshotId !== snapshotId)];
      const { keep, drop } = applyRetention(all, now, this.#ladder);
      for (const gone of drop) await unlink(join(dir, `${gone.snapshotId}.json`)).catch(() => undefined);
      await this.#writeManifest(article.id, drop.length > 0 ? await this.#recount(article.id, all, keep) : keep);
      return info;
    });
  }

  /** After pruning, a snapshot's older neighbour may have gone: recount only those. */
  async #recount(id: string, all: SnapshotInfo[], keep: SnapshotInfo[]): Promise<SnapshotInfo[]> {
    const byAge = (list: SnapshotInfo[]) => [...list].sort((a, b) => b.at.localeCompare(a.at));
    const olderBefore = new Map<string, string | undefined>();
    const allSorted = byAge(all);
    allSorted.forEach((s, i) => olderBefore.set(s.snapshotId, allSorted[i + 1]?.snapshotId));
    const sorted = byAge(keep);
    for (let i = 0; i < sorted.length; i++) {
      const s = sorted[i] as SnapshotInfo;
      const older = sorted[i + 1];
      if (older?.snapshotId === olderBefore.get(s.snapshotId)) continue;
      if (!older) {
        s.added = null;
        s.removed = null;
        continue;
      }
      const counts = await Promise.all([this.#readFile(id, older.snapshotId), this.#readFile(id, s.snapshotId)])
        .then(([a, b]) => wordChangeCounts(comparableText(a.article), comparableText(b.article)))
        .catch(() => null);
      s.added = counts?.added ?? null;
      s.removed = counts?.removed ?? null;
    }
    return sorted;
  }

  /** Differences from a snapshot to `current` (what restoring it would undo, read backwards). */
  async diff(id: string, snapshotId: string, current: Article): Promise<WordDiff> {
    const snap = await this.read(id, snapshotId);
    return wordDiff(comparableText(snap), comparableText(current));
  }

  /** Forgets an article's whole history (when the article itself is deleted for good). */
  remove(id: string): Promise<void> {
    return this.#serial(id, () => rm(this.#dirOf(id), { recursive: true, force: true }));
  }
}

function infoOf(snapshotId: string, at: string, reason: SnapshotReason, article: Article): SnapshotInfo {
  return {
    snapshotId,
    at,
    reason,
    revision: article.revision,
    title: article.title,
    words: countWords(plainTextOf(article.body)),
    added: null,
    removed: null,
  };
}
