/**
 * For tests: the handler table of a web host over a fresh temporary library and settings folder,
 * called the way a client calls it (through dispatch, answers checked against the contract).
 */
import { api } from '../../shared/contract/api.ts';
import type { Method } from '../../shared/contract/api.ts';
import { LibraryHolder } from '../library/holder.ts';
import { makeTempDir } from '../library/testing.ts';
import { createConfSettings } from '../settings/confStore.ts';
import { createDispatch } from './dispatch.ts';
import type { Dispatch } from './dispatch.ts';
import { createHandlers } from './handlers.ts';

export interface TestApi {
  /** Temporary folder holding `config/` and `library/`. */
  root: string;
  libraryDir: string;
  libraries: LibraryHolder;
  dispatch: Dispatch;
  /** Calls a method that must succeed and returns its answer parsed by the method's output schema. */
  call<M extends Method>(method: M, input: unknown): Promise<ReturnType<(typeof api)[M]['output']['parse']>>;
  close(): Promise<void>;
}

export async function openTestApi(prefix: string, onHandlerError: (method: string, error: unknown) => void = () => undefined): Promise<TestApi> {
  const { dir: root, cleanup } = await makeTempDir(prefix);
  const settings = createConfSettings({ configDir: `${root}/config`, defaultLibraryDir: `${root}/library` });
  const libraryDir = settings.get().libraryDir;
  const libraries = new LibraryHolder(libraryDir);
  const dispatch = createDispatch(createHandlers({ host: 'web', version: '0.1.0', platform: 'linux', settings, libraries }), onHandlerError);
  return {
    root,
    libraryDir,
    libraries,
    dispatch,
    async call(method, input) {
      const res = await dispatch(method, input);
      if (!res.ok) throw new Error(`${method} failed: ${res.error.code}: ${res.error.message}`);
      return api[method].output.parse(res.value) as never;
    },
    async close() {
      await libraries.close();
      await cleanup();
    },
  };
}
