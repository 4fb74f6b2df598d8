/** How the contract travels. Both transports carry an ApiResponse envelope. */
import type { Method } from './api.ts';

/** IPC: one channel per method, invoked with the method's input as the only argument. */
export const IPC_PREFIX = 'copydesk:';
export function ipcChannel(method: Method): string {
  return IPC_PREFIX + method;
}

/**
 * IPC, once per window: the preload asks the main process (synchronously, before the page runs)
 * for the list of method names, so it can refuse anything else without bundling the schemas.
 */
export const IPC_METHODS_CHANNEL = 'copydesk-meta:methods';

/** HTTP (web host): POST /api/<method> with a JSON body; the launch token in this header. */
export const HTTP_API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-copydesk-token';
/** Query parameter carrying the token in the URL the web host prints and opens. */
export const TOKEN_QUERY = 'token';

/** What the preload exposes as `window.copydesk`. */
export interface PreloadBridge {
  invoke(method: Method, input: unknown): Promise<unknown>;
  readonly host: 'electron';
}
