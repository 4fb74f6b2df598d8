/// <reference lib="webworker" />
/**
 * Runs the analysis engine off the main thread. One incremental analyzer is kept for as long as
 * the options stay the same, so after a keystroke only the changed paragraph is scanned again.
 */
import { createAnalyzer, type Analyzer } from '../../shared/analysis/index.ts';
import type { AnalyzeRequest, WorkerResponse } from './protocol.ts';

let analyzer: Analyzer | null = null;
let optionsKey = '';

function analyzerFor(request: AnalyzeRequest): Analyzer {
  const key = JSON.stringify([request.dismissed, request.styleBook]);
  const options = { dismissed: request.dismissed, ...(request.styleBook ? { styleBook: request.styleBook } : {}) };
  if (!analyzer) analyzer = createAnalyzer(options);
  // Same options object between calls, so the analyzer's per-paragraph cache keeps working.
  else if (key !== optionsKey) analyzer.setOptions(options);
  optionsKey = key;
  return analyzer;
}

self.addEventListener('message', (event: MessageEvent<AnalyzeRequest>) => {
  const request = event.data;
  if (request?.type !== 'analyze') return;
  let response: WorkerResponse;
  try {
    const t0 = performance.now();
    const result = analyzerFor(request).update(request.text);
    // Dismissed findings stay out whatever the engine does with the option.
    const dismissed = new Set(request.dismissed);
    const findings = result.findings.filter((f) => !dismissed.has(f.id));
    response = {
      type: 'result',
      seq: request.seq,
      text: request.text,
      result: { findings, quotes: result.quotes, entities: result.entities },
      ms: performance.now() - t0,
    };
  } catch (error) {
    analyzer = null;
    response = { type: 'error', seq: request.seq, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
});
