/// <reference lib="webworker" />
/** Makes the page's big-bodied requests off the main thread (see offThreadFetch.ts). */
import type { FetchReply, FetchRequest } from './fetchProtocol.ts';

self.addEventListener('message', (event: MessageEvent<FetchRequest>) => {
  const { id, url, method, headers, body } = event.data;
  fetch(url, { method, headers, body, credentials: 'same-origin' })
    .then(async (res): Promise<FetchReply> => ({ id, status: res.status, text: await res.text() }))
    .catch((error: unknown): FetchReply => ({ id, error: error instanceof Error ? error.message : String(error) }))
    .then((reply) => self.postMessage(reply));
});
