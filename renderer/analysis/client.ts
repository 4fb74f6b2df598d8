/**
 * The main thread's side of the analysis worker. Typing never waits for it: `request` only
 * remembers the newest text; after a short debounce it is sent, with at most one request in the
 * worker at a time. Texts typed while the worker is busy collapse into the newest one.
 */
import type { AnalysisResult, StyleBook } from '../../shared/analysis/types.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

/** The part of a Worker the client uses (a fake one in unit tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

export interface AnalysisInput {
  articleId: string;
  text: string;
  dismissed: string[];
  styleBook: StyleBook | null;
}

export interface AnalysisCallbacks {
  onResult(articleId: string, text: string, response: Extract<WorkerResponse, { type: 'result' }>): void;
  onPending(pending: boolean): void;
  onError(message: string): void;
}

export function createAnalysisWorker(): WorkerLike {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'copydesk-analysis' });
}

/**
 * Short enough that findings follow typing within a moment (the target is 300 ms after the last
 * keystroke), long enough that a fast typist's burst is one analysis, not one per key.
 */
export const DEBOUNCE_MS = 80;

export class AnalysisClient {
  private readonly worker: WorkerLike;
  private readonly callbacks: AnalysisCallbacks;
  private seq = 0;
  private inFlight: { seq: number; articleId: string; text: string } | null = null;
  private waiting: AnalysisInput | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastSentKey = '';
  private lastSentText = '';
  /** The entities of the last result, for results that say they are unchanged. */
  private lastEntities: AnalysisResult['entities'] = [];
  /** The newest input sent, so a new style book can have it checked again. */
  private lastInput: AnalysisInput | null = null;

  constructor(callbacks: AnalysisCallbacks, worker: WorkerLike = createAnalysisWorker()) {
    this.callbacks = callbacks;
    this.worker = worker;
    worker.addEventListener('message', (event) => this.receive(event.data));
    worker.addEventListener('error', (event) => {
      this.inFlight = null;
      callbacks.onError(event.message || 'The analysis worker stopped.');
    });
  }

  /** Ask for the analysis of `input`; earlier unsent requests are replaced. */
  request(input: AnalysisInput, immediate = false): void {
    this.waiting = input;
    this.callbacks.onPending(true);
    if (this.timer) clearTimeout(this.timer);
    if (immediate) this.flush();
    else this.timer = setTimeout(() => this.flush(), DEBOUNCE_MS);
  }

  /**
   * Uses `book` for every later analysis whose input has no style book of its own, and checks
   * the open article again at once, so a saved book shows in the text straight away.
   */
  setStyleBook(book: StyleBook | null): void {
    this.worker.postMessage({ type: 'setStyleBook', styleBook: book });
    this.lastSentKey = '';
    const again = this.waiting ?? this.lastInput;
    if (again) this.request(again, true);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.worker.terminate();
  }

  private flush(): void {
    this.timer = null;
    if (this.inFlight || !this.waiting) return;
    const input = this.waiting;
    this.waiting = null;
    // The text is compared on its own: writing 20,000 words into a JSON key on every pause in
    // typing cost more main thread than the comparison.
    const key = JSON.stringify([input.articleId, input.dismissed, input.styleBook]);
    if (key === this.lastSentKey && input.text === this.lastSentText) {
      this.callbacks.onPending(false);
      return;
    }
    this.lastSentKey = key;
    this.lastSentText = input.text;
    this.lastInput = input;
    this.seq += 1;
    this.inFlight = { seq: this.seq, articleId: input.articleId, text: input.text };
    this.worker.postMessage({
      type: 'analyze',
      seq: this.seq,
      text: input.text,
      dismissed: input.dismissed,
      styleBook: input.styleBook,
    });
  }

  private receive(response: WorkerResponse): void {
    const sent = this.inFlight;
    if (!sent || response.seq !== sent.seq) return;
    this.inFlight = null;
    if (response.type === 'error') {
      this.lastSentKey = '';
      this.callbacks.onError(response.message);
    } else {
      if (response.sameEntities) response.result.entities = this.lastEntities;
      else this.lastEntities = response.result.entities;
      this.callbacks.onResult(sent.articleId, sent.text, response);
    }
    if (this.waiting) this.flush();
    else this.callbacks.onPending(false);
  }
}
