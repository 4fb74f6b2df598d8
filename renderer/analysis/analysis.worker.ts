/// <reference lib="webworker" />
/**
 * Runs the analysis engine off the main thread. One incremental analyzer is kept for as long as
 * the options stay the same, so after a keystroke only the changed paragraph is scanned again.
 */
import { createAnalyzer, type Analyzer } from '../../shared/analysis/index.ts';
import type { Entity, StyleBook } from '../../shared/analysis/types.ts';
import type { AnalyzeRequest, WorkerRequest, WorkerResponse } from './protocol.ts';

let analyzer: Analyzer | null = null;
let optionsKey = '';
/** The house style book (setStyleBook), used by requests that carry none; its version keys it. */
let houseBook: StyleBook | null = null;
let houseBookVersion = 0;
/** What the page was last sent about the entities (see `sameEntities` in protocol.ts). */
let sentEntitiesKey = '';

function entitiesKey(entities: readonly Entity[]): string {
  return JSON.stringify(entities.map((e) => [e.name, e.kind, e.mentions.length, e.variants?.map((v) => [v.text, v.count])]));
}

function analyzerFor(request: AnalyzeRequest): Analyzer {
  const styleBook = request.styleBook ?? houseBook;
  const key = JSON.stringify([request.dismissed, request.styleBook ?? `house ${houseBookVersion}`]);
  const options = { dismissed: request.dismissed, ...(styleBook ? { styleBook } : {}) };
  if (!analyzer) analyzer = createAnalyzer(options);
  // Same options object between calls, so the analyzer's per-paragraph cache keeps working.
  else if (key !== optionsKey) analyzer.setOptions(options);
  optionsKey = key;
  return analyzer;
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request?.type === 'setStyleBook') {
    houseBook = request.styleBook;
    houseBookVersion += 1;
    return;
  }
  if (request?.type !== 'analyze') return;
  let response: WorkerResponse;
  try {
    const t0 = performance.now();
    const result = analyzerFor(request).update(request.text);
    // Dismissed findings stay out whatever the engine does with the option.
    const dismissed = new Set(request.dismissed);
    const findings = result.findings.filter((f) => !dismissed.has(f.id));
    const key = entitiesKey(result.entities);
    const sameEntities = key === sentEntitiesKey;
    sentEntitiesKey = key;
    response = {
      type: 'result',
      seq: request.seq,
      result: { findings, quotes: result.quotes, entities: sameEntities ? [] : result.entities },
      ms: performance.now() - t0,
      ...(sameEntities ? { sameEntities } : {}),
    };
  } catch (error) {
    analyzer = null;
    sentEntitiesKey = '';
    response = { type: 'error', seq: request.seq, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
});
