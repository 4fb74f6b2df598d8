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

export interface FindingsState extends AnalysisSnapshot {
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

const EMPTY: AnalysisSnapshot = { text: '', findings: [], quotes: [], entities: [] };

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
