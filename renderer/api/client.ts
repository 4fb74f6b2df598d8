/**
 * The renderer's one way to reach the host. `call(method, input)` is typed from the contract;
 * in the desktop app it goes through the preload bridge (`window.copydesk`), in a browser tab it
 * is an HTTP POST to the web host with the launch token. Either way a failure arrives as an
 * `ApiError` with the contract's code and a message a person can read.
 */
import type { Input, Method, Output } from '../../shared/contract/api.ts';
import { ApiError, type ApiErrorCode, type ApiResponse } from '../../shared/contract/errors.ts';
import { HTTP_API_PREFIX, TOKEN_HEADER, type PreloadBridge } from '../../shared/contract/transport.ts';
import { offThreadFetch } from './offThreadFetch.ts';
import { takeTokenFromLocation } from './token.ts';

export { ApiError };

declare global {
  interface Window {
    copydesk?: PreloadBridge;
  }
}

export interface Transport {
  readonly host: 'electron' | 'web';
  send(method: Method, input: unknown): Promise<unknown>;
}

const KNOWN_CODES: readonly ApiErrorCode[] = [
  'bad-request', 'not-found', 'conflict', 'damaged', 'unsupported', 'io', 'internal',
];

function toApiError(raw: unknown): ApiError {
  if (raw instanceof ApiError) return raw;
  const shape = raw as { code?: unknown; message?: unknown } | null;
  const code = KNOWN_CODES.includes(shape?.code as ApiErrorCode) ? (shape!.code as ApiErrorCode) : 'internal';
  const message = typeof shape?.message === 'string' && shape.message ? shape.message : 'Unexpected error.';
  return new ApiError(code, message);
}

/** Unwraps the `{ ok, value | error }` envelope both transports answer with. */
export function unwrap<T>(response: unknown): T {
  const r = response as ApiResponse<T> | null;
  if (r && typeof r === 'object' && r.ok === true) return r.value;
  if (r && typeof r === 'object' && r.ok === false) throw toApiError(r.error);
  throw new ApiError('internal', 'The host answered with something that is not an API response.');
}

export function bridgeTransport(bridge: PreloadBridge): Transport {
  return {
    host: 'electron',
    async send(method, input) {
      try {
        return await bridge.invoke(method, input);
      } catch (err) {
        throw toApiError({ code: 'internal', message: (err as Error)?.message });
      }
    },
  };
}

/**
 * While the page is being hidden or closed, a save must outlive it: such requests use
 * `keepalive`, which browsers allow only for small bodies (64 KiB in all).
 */
const KEEPALIVE_LIMIT = 60_000;

function pageIsGoingAway(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

/**
 * Bodies at least this long (a long article's body, in a save or a journal entry) are sent by
 * `bigBodyFetch`, off the main thread; see offThreadFetch.ts.
 */
export const OFF_THREAD_BODY_CHARS = 16_000;

export function httpTransport(
  token: string | null,
  fetchFn: typeof fetch = fetch,
  bigBodyFetch: typeof fetch | null = fetchFn === fetch ? offThreadFetch() : null,
): Transport {
  return {
    host: 'web',
    async send(method, input) {
      const body = JSON.stringify(input ?? {});
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers[TOKEN_HEADER] = token;
      const keepalive = pageIsGoingAway() && body.length < KEEPALIVE_LIMIT;
      // A page on its way out cannot wait for a worker: it sends what it can itself.
      const send = bigBodyFetch && body.length >= OFF_THREAD_BODY_CHARS && !pageIsGoingAway() ? bigBodyFetch : fetchFn;
      let res: Response;
      try {
        res = await send(HTTP_API_PREFIX + method, { method: 'POST', headers, body, credentials: 'same-origin', keepalive });
      } catch {
        throw new ApiError('io', 'Copydesk is not running any more: the web host did not answer.');
      }
      let parsed: unknown;
      try {
        parsed = await res.json();
      } catch {
        if (res.status === 401 || res.status === 403) {
          throw new ApiError('bad-request', 'The web host refused this page: open the link Copydesk printed, with its token.');
        }
        throw new ApiError('internal', `The web host answered ${res.status} without a readable body.`);
      }
      return parsed;
    },
  };
}

let transport: Transport | null = null;

function currentTransport(): Transport {
  if (!transport) {
    transport = typeof window !== 'undefined' && window.copydesk
      ? bridgeTransport(window.copydesk)
      : httpTransport(takeTokenFromLocation());
  }
  return transport;
}

/** For tests and for hosts that need a different wiring. */
export function setTransport(next: Transport | null): void {
  transport = next;
}

export function hostKind(): 'electron' | 'web' {
  return currentTransport().host;
}

export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  return unwrap<Output<M>>(await currentTransport().send(method, input));
}
