/**
 * IPC registration: one `ipcMain.handle` per contract method, each checking that the call comes
 * from our own page's main frame before `dispatch` (which validates the input). Written against
 * a minimal slice of ipcMain so it is tested without Electron.
 */
import { METHODS } from '../../shared/contract/api.ts';
import type { ApiResponse } from '../../shared/contract/errors.ts';
import { IPC_METHODS_CHANNEL, ipcChannel } from '../../shared/contract/transport.ts';
import type { Dispatch } from '../api/dispatch.ts';
import { isAppUrl } from './appUrl.ts';

/** What an IPC event tells us about its sender. */
export interface SenderInfo {
  senderFrame: { url: string; parent: unknown } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderInfo, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: SenderInfo & { returnValue: unknown }, ...args: unknown[]) => void): void;
}

/** Only our page's top frame may call: not an iframe, not a page navigated elsewhere. */
export function isTrustedSender(event: SenderInfo): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

const UNTRUSTED: ApiResponse<never> = {
  ok: false,
  error: { code: 'bad-request', message: 'This call did not come from the Copydesk window and was refused.' },
};

export function registerIpc(ipcMain: IpcMainLike, dispatch: Dispatch, methods: readonly string[] = METHODS): void {
  ipcMain.on(IPC_METHODS_CHANNEL, (event) => {
    event.returnValue = isTrustedSender(event) ? [...methods] : [];
  });
  for (const method of methods) {
    ipcMain.handle(ipcChannel(method as (typeof METHODS)[number]), async (event, input) => {
      if (!isTrustedSender(event)) return UNTRUSTED;
      return dispatch(method, input);
    });
  }
}
