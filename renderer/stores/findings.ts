/**
 * The engine's latest result for the open article: findings, quotes and entities, plus the exact
 * text they were computed from (offsets point into that text, which may already be a keystroke
 * behind the editor). Written only by the analysis client; panels and the highlight plugin read
 * the slices they show.
 */
import { create } from 'zustand';
import type { Entity, Finding, Quote } from '../../shared/analysis/types.ts';

export interface AnalysisSnapshot {
  /** The plain text the engine analysed. */
  text: string;
  findings: Finding[];
  quotes: Quote[];
  entities: Entity[];
}

/**
 * What the panels show changes far less often than the offsets (which move with every keystroke
 * above a finding). These slices keep their identity while nothing shown changed, so panels
 * subscribed to them do not re-render as the user types; actions read the fresh `findings` /
 * `quotes` for offsets. Entities need no such slice: the analysis client hands back the very same
 * array while their names, kinds, counts and spellings are unchanged (renderer/analysis/client.ts).
 */
export interface ShownSlices {
  shownFindings: Finding[];
  shownQuotes: Quote[];
}

export interface FindingsState extends AnalysisSnapshot, ShownSlices {
  /** Which article the result belongs to (null before the first result). */
  articleId: string | null;
  /** Increments with every result, so subscribers can tell a new result from a re-render. */
  revision: number;
  /** performance.now() when the result arrived, and how long the worker took. */
  receivedAt: number;
  workerMs: number;
  /** True while a newer text is waiting for (or in) the worker. */
  pending: boolean;
  /** The worker's last error, shown in the panel instead of silently stale findings. */
  error: string | null;
  /** The finding the user last jumped to (drawn with a background in the text). */
  activeId: string | null;
  setActive(id: string | null): void;
  setResult(articleId: string, snapshot: AnalysisSnapshot, workerMs: number): void;
  setPending(pending: boolean): void;
  setError(message: string | null): void;
  clear(): void;
}

const EMPTY: AnalysisSnapshot & ShownSlices = {
  text: '', findings: [], quotes: [], entities: [], shownFindings: [], shownQuotes: [],
};

const findingKey = (f: Finding) =>
  JSON.stringify([f.id, f.check, f.severity, f.message, f.text, f.suggestion, f.variants?.map((v) => [v.text, v.count])]);
const sameFinding = (a: Finding, b: Finding) => a.id === b.id && findingKey(a) === findingKey(b);
const sameQuote = (a: Quote, b: Quote) => a.id === b.id && a.text === b.text && a.kind === b.kind && a.speaker === b.speaker;

/** `next` if anything shown differs from `previous`, else `previous` itself. */
export function keepIfSame<T>(previous: T[], next: T[], same: (a: T, b: T) => boolean): T[] {
  if (previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (!same(previous[i]!, next[i]!)) return next;
  return previous;
}

export const useFindingsStore = create<FindingsState>()((set) => ({
  ...EMPTY,
  articleId: null,
  revision: 0,
  receivedAt: 0,
  workerMs: 0,
  pending: false,
  error: null,
  activeId: null,
  setActive: (activeId) => set({ activeId }),
  setResult: (articleId, snapshot, workerMs) =>
    set((s) => ({
      ...snapshot,
      shownFindings: keepIfSame(s.shownFindings, snapshot.findings, sameFinding),
      shownQuotes: keepIfSame(s.shownQuotes, snapshot.quotes, sameQuote),
      articleId,
      workerMs,
      receivedAt: performance.now(),
      revision: s.revision + 1,
      error: null,
    })),
  setPending: (pending) => set({ pending }),
  setError: (error) => set({ error, pending: false }),
  clear: () => set((s) => ({ ...EMPTY, articleId: null, pending: false, error: null, activeId: null, revision: s.revision + 1 })),
}));
