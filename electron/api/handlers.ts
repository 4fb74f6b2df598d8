/**
 * One handler per contract method, shared by both hosts: the Electron main process calls them
 * over IPC, the web host over HTTP, always through `dispatch` (dispatch.ts), which has already
 * validated the input against the method's schema when a handler runs.
 */
import { isAbsolute } from 'node:path';
import type { z } from 'zod';
import type { Api, Method, Output } from '../../shared/contract/api.ts';
import { ApiError } from '../../shared/contract/errors.ts';
import type { LibraryHolder } from '../library/holder.ts';
import type { SettingsStore } from '../settings/store.ts';
import { styleBookHandlers } from '../styleBook/handlers.ts';

export interface HostContext {
  host: 'electron' | 'web';
  version: string;
  platform: string;
  settings: SettingsStore;
  libraries: LibraryHolder;
}

export type Handler<M extends Method> = (input: z.output<Api[M]['input']>) => Promise<Output<M>>;
/**
 * The table dispatch calls. A contract method without a handler (one added to the contract
 * before its feature is wired into the hosts) is answered 'unsupported', never a crash.
 */
export type Handlers = { [M in Method]?: Handler<M> };

/** The methods this module itself serves: articles, the library list, settings, app info. */
export type CoreMethod =
  | 'app.info' | 'library.list' | 'article.create' | 'article.read' | 'article.save'
  | 'article.trash' | 'article.restore' | 'article.purge' | 'settings.get' | 'settings.set'
  | 'journal.write' | 'journal.list' | 'journal.discard';

/**
 * `extensions` adds handlers for further methods (search, history: issue 5) or replaces core
 * ones; they get the same validated input.
 */
export function createHandlers(ctx: HostContext, extensions: Handlers = {}): Handlers {
  return { ...coreHandlers(ctx), ...styleBookHandlers(ctx), ...extensions };
}

function coreHandlers(ctx: HostContext): { [M in CoreMethod]: Handler<M> } {
  const library = () => ctx.libraries.current();
  return {
    'app.info': async () => ({
      host: ctx.host,
      version: ctx.version,
      libraryDir: (await library()).dir,
      platform: ctx.platform,
    }),
    'library.list': async () => (await library()).list(),
    'article.create': async ({ title }) => (await library()).create({ title }),
    'article.read': async ({ id }) => (await library()).read(id),
    'article.save': async ({ id, baseRevision, changes }) => (await library()).save(id, baseRevision, changes),
    'article.trash': async ({ id }) => (await library()).trash(id),
    'article.restore': async ({ id }) => (await library()).restore(id),
    'article.purge': async ({ id }) => (await library()).purge(id),
    'journal.write': async ({ id, baseRevision, changes }) => (await library()).journalWrite(id, baseRevision, changes),
    'journal.list': async () => ({ entries: await (await library()).journalList() }),
    'journal.discard': async ({ id }) => {
      await (await library()).journal.discard(id);
      return { id };
    },
    'settings.get': async () => ctx.settings.get(),
    'settings.set': async (patch) => {
      if (patch.libraryDir !== undefined) {
        if (!isAbsolute(patch.libraryDir)) {
          throw new ApiError('bad-request', 'libraryDir: The library folder must be an absolute path.');
        }
        // Open (and create) the new folder first: a folder that cannot be used is refused and
        // the library in use stays as it was.
        await ctx.libraries.switchTo(patch.libraryDir);
      }
      return ctx.settings.set(patch);
    },
  };
}
