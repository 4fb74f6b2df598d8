/**
 * The preload: the only bridge between the sandboxed page and the main process. It exposes
 * exactly `window.copydesk = { invoke(method, input), host: 'electron' }` and refuses any name
 * that is not a contract method (the list comes from the main process, so the schemas are not
 * bundled into this file). The main process checks the sender and validates the input again.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Method } from '../../shared/contract/api.ts';
import type { ApiResponse } from '../../shared/contract/errors.ts';
import { IPC_METHODS_CHANNEL, ipcChannel } from '../../shared/contract/transport.ts';
import type { PreloadBridge } from '../../shared/contract/transport.ts';

const methods = new Set<string>(ipcRenderer.sendSync(IPC_METHODS_CHANNEL) as string[]);

const bridge: PreloadBridge = {
  host: 'electron',
  invoke(method: Method, input: unknown): Promise<unknown> {
    if (typeof method !== 'string' || !methods.has(method)) {
      const refused: ApiResponse<never> = {
        ok: false,
        error: { code: 'bad-request', message: `Unknown method ${JSON.stringify(String(method).slice(0, 80))}.` },
      };
      return Promise.resolve(refused);
    }
    return ipcRenderer.invoke(ipcChannel(method), input);
  },
};

contextBridge.exposeInMainWorld('copydesk', bridge);
