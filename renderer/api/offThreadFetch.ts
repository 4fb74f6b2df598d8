/**
 * `fetch` run in a worker, for requests with big bodies. Chromium copies a request body on the
 * calling thread when fetch() is called: 5–30 ms for the ~200 KB of a 20,000-word article, on
 * this machine, during which a keystroke waits. The crash journal sends that body every second
 * of typing, so those requests are made from a worker instead; the page gets the same Response.
 */
import type { FetchReply, FetchRequest } from './fetchProtocol.ts';

/** The part of a Worker this needs (a fake one in unit tests). */
export interface FetchWorkerLike {
  postMessage(message: FetchRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FetchReply>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
}

function createFetchWorker(): FetchWorkerLike {
  return new Worker(new URL('./fetch.worker.ts', import.meta.url), { type: 'module', name: 'copydesk-fetch' });
}

/**
 * A fetch for POSTs with a string body, made in a worker created on first use. Null where there
 * are no workers (then the caller fetches itself).
 */
export function offThreadFetch(makeWorker: () => FetchWorkerLike = createFetchWorker): typeof fetch | null {
  if (typeof Worker === 'undefined' && makeWorker === createFetchWorker) return null;
  let worker: FetchWorkerLike | null = null;
  let nextId = 0;
  const waiting = new Map<number, { ok(r: Response): void; fail(e: Error): void }>();
  const start = (): FetchWorkerLike => {
    const w = makeWorker();
    w.addEventListener('message', ({ data }) => {
      const caller = waiting.get(data.id);
      if (!caller) return;
      waiting.delete(data.id);
      if ('error' in data) caller.fail(new TypeError(data.error));
      else caller.ok(new Response(data.text, { status: data.status }));
    });
    w.addEventListener('error', (event) => {
      // A dead worker answers nobody: fail what waits, start a fresh one next time.
      for (const caller of waiting.values()) caller.fail(new TypeError(event.message || 'The request worker stopped.'));
      waiting.clear();
      worker = null;
    });
    return w;
  };
  return ((input: RequestInfo | URL, init?: RequestInit) => {
    worker ??= start();
    const id = ++nextId;
    const url = new URL(String(input), location.href).href;
    const headers = (init?.headers ?? {}) as Record<string, string>;
    const body = typeof init?.body === 'string' ? init.body : '';
    const request: FetchRequest = { id, url, method: init?.method ?? 'POST', headers, body };
    return new Promise<Response>((ok, fail) => {
      waiting.set(id, { ok, fail });
      worker!.postMessage(request);
    });
  }) as typeof fetch;
}
