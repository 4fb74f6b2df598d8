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

export type WorkerResponse =
  | { type: 'result'; seq: number; text: string; result: AnalysisResult; ms: number }
  | { type: 'error'; seq: number; message: string };
