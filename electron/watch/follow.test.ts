import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryHolder } from '../library/holder.ts';
import { makeTempDir } from '../library/testing.ts';
import { loadIndex } from '../search/persist.ts';
import { makeLibrary } from '../tools/make-library.ts';
import { ExtrasFollower } from './follow.ts';

let dir: string;
let cleanup: () => Promise<void>;
let holder: LibraryHolder;
let follower: ExtrasFollower;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('copydesk-follow-'));
  holder = new LibraryHolder(dir);
  await holder.current();
});
afterEach(async () => {
  await follower.close();
  await holder.close();
  await cleanup();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('when the search index starts loading', () => {
  it('waits for a running listing instead of reading the folder beside it, then starts', async () => {
    follower = new ExtrasFollower(holder, { watch: false, startDelayMs: 20 });
    follower.listingStarted();
    await pause(120);
    expect(follower.started).toBe(false);
    follower.libraryListed();
    await expect.poll(() => follower.started).toBe(true);
  });

  it('starts on its own after the delay when nobody lists the library', async () => {
    follower = new ExtrasFollower(holder, { watch: false, startDelayMs: 20 });
    await expect.poll(() => follower.started).toBe(true);
  });
});

describe('closing the host', () => {
  it('saves the search index built from nothing before the library closes, so the next start loads it instead of rebuilding', async () => {
    makeLibrary(dir, 300);
    follower = new ExtrasFollower(holder, { watch: false, startDelayMs: 10_000 });
    const extras = await follower.current(await holder.current());
    await extras.search.ready;
    // Quit at once: the save that follows the build is still being written.
    await holder.close();
    const loaded = await loadIndex(dir);
    expect(loaded.ok && loaded.index.size).toBe(300);
  });
});
