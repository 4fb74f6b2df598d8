/** The style-book methods of the contract, served from the library folder in use. */
import type { Handler, HostContext } from '../api/handlers.ts';
import { readStyleBook, saveStyleBook } from './service.ts';

export type StyleBookMethod = 'styleBook.get' | 'styleBook.save';

export function styleBookHandlers(ctx: Pick<HostContext, 'libraries'>): { [M in StyleBookMethod]: Handler<M> } {
  const dir = async () => (await ctx.libraries.current()).dir;
  return {
    'styleBook.get': async () => readStyleBook(await dir()),
    'styleBook.save': async (draft) => saveStyleBook(await dir(), draft),
  };
}
