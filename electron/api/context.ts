/** Wires a host: settings, the library they name, the handler table and its dispatch. */
import { LibraryHolder } from '../library/holder.ts';
import type { SettingsStore } from '../settings/store.ts';
import { createDispatch } from './dispatch.ts';
import type { Dispatch } from './dispatch.ts';
import { createHandlers } from './handlers.ts';
import type { Handlers, HostContext } from './handlers.ts';

export interface Host extends HostContext {
  dispatch: Dispatch;
  close(): Promise<void>;
}

export interface HostOptions {
  host: 'electron' | 'web';
  version: string;
  settings: SettingsStore;
  platform?: string;
  /** Handlers for methods beyond the core ones (see createHandlers). */
  extensions?: (context: HostContext) => Handlers;
}

export function createHost(options: HostOptions): Host {
  const libraries = new LibraryHolder(options.settings.get().libraryDir);
  const context: HostContext = {
    host: options.host,
    version: options.version,
    platform: options.platform ?? process.platform,
    settings: options.settings,
    libraries,
  };
  return { ...context, dispatch: createDispatch(createHandlers(context, options.extensions?.(context))), close: () => libraries.close() };
}
