/**
 * An in-memory host for store tests: answers the contract's methods from a Map of articles, so
 * the stores' behaviour (autosave, conflicts, listing) is tested without a server.
 */
import type { Article, ArticleSummary } from '../../shared/article/schema.ts';
import { emptyBody } from '../../shared/article/schema.ts';
import type { ArticleChanges } from '../../shared/contract/api.ts';
import type { Transport } from '../api/client.ts';

export interface FakeHost extends Transport {
  articles: Map<string, Article>;
  trashed: Set<string>;
  calls: { method: string; input: unknown }[];
  /** Makes the next `article.save` calls fail with this error (code, message). */
  failNextSaves(count: number, code: string, message: string): void;
  /** Changes the file "on disk" behind the app's back. */
  editOnDisk(id: string, changes: ArticleChanges): void;
}

let clock = Date.parse('2026-11-29T09:00:00.000Z');
const tick = () => new Date((clock += 1000)).toISOString();

export function makeArticle(id: string, title: string): Article {
  const at = tick();
  return {
    format: 'copydesk-article', version: 1, id, createdAt: at, updatedAt: at, revision: 1,
    title, standfirst: '', byline: '', dateline: '', status: 'draft', tags: [], body: emptyBody(),
    flags: [], quotes: [], dismissed: [],
  };
}

function summary(a: Article, trashedAt: string | null = null): ArticleSummary {
  return { id: a.id, title: a.title, status: a.status, tags: a.tags, createdAt: a.createdAt, updatedAt: a.updatedAt, revision: a.revision, wordCount: 0, trashedAt };
}

export function fakeHost(initial: Article[] = []): FakeHost {
  const articles = new Map(initial.map((a) => [a.id, a]));
  const trashed = new Set<string>();
  const calls: FakeHost['calls'] = [];
  let failures: { count: number; code: string; message: string } | null = null;
  let next = 1;
  const ok = (value: unknown) => ({ ok: true, value });
  const fail = (code: string, message: string) => ({ ok: false, error: { code, message } });

  return {
    host: 'web',
    articles,
    trashed,
    calls,
    failNextSaves(count, code, message) { failures = { count, code, message }; },
    editOnDisk(id, changes) {
      const a = articles.get(id)!;
      articles.set(id, { ...a, ...changes, revision: a.revision + 1, updatedAt: tick() });
    },
    async send(method, input) {
      calls.push({ method, input });
      const i = input as { id: string; baseRevision: number; changes: ArticleChanges; title?: string };
      switch (method) {
        case 'library.list':
          return ok({
            articles: [...articles.values()].filter((a) => !trashed.has(a.id)).map((a) => summary(a)),
            trash: [...articles.values()].filter((a) => trashed.has(a.id)).map((a) => summary(a, a.updatedAt)),
            damaged: [],
          });
        case 'article.create': {
          const a = makeArticle(`new-${next++}`, i.title ?? '');
          articles.set(a.id, a);
          return ok(a);
        }
        case 'article.read':
          return articles.has(i.id) ? ok(articles.get(i.id)) : fail('not-found', 'No such article.');
        case 'article.save': {
          if (failures && failures.count > 0) {
            failures.count--;
            return fail(failures.code, failures.message);
          }
          const a = articles.get(i.id)!;
          if (a.revision !== i.baseRevision) return fail('conflict', 'The article changed on disk.');
          const saved = { ...a, ...i.changes, revision: a.revision + 1, updatedAt: tick() };
          articles.set(a.id, saved);
          return ok({ revision: saved.revision, updatedAt: saved.updatedAt, summary: summary(saved) });
        }
        case 'article.trash':
          trashed.add(i.id);
          return ok(summary(articles.get(i.id)!, tick()));
        case 'article.restore':
          trashed.delete(i.id);
          return ok(summary(articles.get(i.id)!));
        case 'settings.set':
          return ok({});
        default:
          return fail('bad-request', `The fake host does not answer ${method}.`);
      }
    },
  };
}
