/** Messages between the analysis client (main thread) and the analysis worker. Plain data only. */
import type { AnalysisResult, StyleBook } from '../../shared/analysis/types.ts';

export interface AnalyzeRequest {
  type: 'analyze';
  /** Increases with every request; a response carries the seq it answers. */
  seq: number;
  text: string;
  /** Finding ids the editor dismissed for this article. */
  dismissed: string[];
  styleBook: StyleBook | null;
}

/**
 * The house style book for every later request that carries none of its own. Sent once when
 * the book is loaded or saved, not with every keystroke's request: a big book would otherwise be
 * copied to the worker and compared on each one.
 */
export interface SetStyleBookRequest {
  type: 'setStyleBook';
  styleBook: StyleBook | null;
}

export type WorkerRequest = AnalyzeRequest | SetStyleBookRequest;

/** A result names no text: the client knows the text of the one request in flight. */
export type WorkerResponse =
  | { type: 'result'; seq: number; result: AnalysisResult; ms: number }
  | { type: 'error'; seq: number; message: string };
