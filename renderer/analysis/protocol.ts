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

/**
 * A result names no text: the client knows the text of the one request in flight. When the
 * entities' names, kinds, counts and spellings are those of the previous result, `sameEntities`
 * is set and `result.entities` is empty: the client keeps the previous ones (whose mention ranges
 * may then be a few keystrokes old; the renderer reads only names, kinds, counts and spellings).
 * A long article has thousands of mention ranges, which cost the page more to receive after every
 * pause in typing than everything else in the result.
 */
export type WorkerResponse =
  | { type: 'result'; seq: number; result: AnalysisResult; ms: number; sameEntities?: boolean }
  | { type: 'error'; seq: number; message: string };
