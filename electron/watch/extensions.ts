/**
 * The handlers of the library-scale methods (search, history, library-wide names), plugged into
 * a host through `createHost({ extensions: libraryScaleExtensions })`. The search index of the
 * library in use starts loading right after the library is first listed (so the list comes
 * first and the first search does not wait); the name index on the first names call. Closing the
 * host saves the indexes (the follower closes with the library holder); whatever a sudden exit
 * loses is caught up from the files' stamps on the next open, and the folder watcher does not
 * keep the process alive.
 */
import type { Handlers, HostContext } from '../api/handlers.ts';
import { restoreSnapshot } from '../history/restore.ts';
import { ExtrasFollower } from './follow.ts';

const NAME_INDEX_WAIT_MS = 2000;
const SEARCH_INDEX_WAIT_MS = 500;

export function libraryScaleExtensions(ctx: HostContext): Handlers {
  const follower = new ExtrasFollower(ctx.libraries);
  const extras = async () => follower.current(await ctx.libraries.current());
  const waitedFor = new WeakSet<object>();
  return {
    // The core listing, plus a signal that the indexes may start loading now.
    'library.list': async () => {
      follower.listingStarted();
      try {
        return await (await ctx.libraries.current()).list();
      } finally {
        follower.libraryListed();
      }
    },
    // A cold library's first screen comes from the listing itself, not from the search index:
    // the index would be built beside the listing and slow it down (issue 5: 2.9 s of a 9 s start).
    'library.listProgress': async ({ limit }) => (await ctx.libraries.current()).listingProgress(limit) ?? { articles: [], progress: null },
    'library.search': async (q) => {
      const x = await extras();
      // The first search after the index opens: a small library is indexed in a moment, so answer
      // from all of it rather than "nothing yet, still indexing".
      if (!waitedFor.has(x.search)) {
        waitedFor.add(x.search);
        await Promise.race([x.search.ready, new Promise((r) => setTimeout(r, SEARCH_INDEX_WAIT_MS))]);
      }
      return x.search.search(q);
    },
    'library.names': async () => (await (await extras()).names()).report(),
    'library.nameCheck': async ({ id, spellings }) => {
      const names = await (await extras()).names();
      // A small library's index is ready in a moment: answer from all of it rather than a part.
      await Promise.race([names.ready, new Promise((r) => setTimeout(r, NAME_INDEX_WAIT_MS))]);
      return { findings: names.check(id, spellings) };
    },
    'article.history': async ({ id }) => {
      const x = await extras();
      await x.library.read(id); // 'not-found' for an article that does not exist
      return { snapshots: await x.history.list(id) };
    },
    'article.snapshot': async ({ id }) => {
      const x = await extras();
      return x.history.take(await x.library.read(id), 'manual');
    },
    'article.snapshotDiff': async ({ id, snapshotId }) => {
      const x = await extras();
      return x.history.diff(id, snapshotId, await x.library.read(id));
    },
    'article.restoreSnapshot': async ({ id, snapshotId }) => {
      const x = await extras();
      return restoreSnapshot(x.library, x.history, id, snapshotId);
    },
  };
}
