import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { LibraryHolder } from './holder.ts';
import { makeTempDir } from './testing.ts';

let root: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir: root, cleanup } = await makeTempDir('copydesk-holder-')));
afterEach(() => cleanup());

it('tells a follower about each library exactly once, whether it subscribed early or late', async () => {
  const holder = new LibraryHolder(join(root, 'first'));
  const early: string[] = [];
  holder.onOpen((lib) => early.push(lib.dir));
  await holder.current();
  const late: string[] = [];
  holder.onOpen((lib) => late.push(lib.dir));
  await holder.switchTo(join(root, 'second'));
  expect(early).toEqual([join(root, 'first'), join(root, 'second')]);
  expect(late).toEqual([join(root, 'first'), join(root, 'second')]);
  await holder.close();
});

it('keeps the library in use when the new folder cannot be opened', async () => {
  const holder = new LibraryHolder(join(root, 'first'));
  await holder.current();
  await writeFile(join(root, 'a-file'), 'not a folder');
  await expect(holder.switchTo(join(root, 'a-file', 'library'))).rejects.toMatchObject({ code: 'io' });
  expect((await holder.current()).dir).toBe(join(root, 'first'));
  await holder.close();
});
