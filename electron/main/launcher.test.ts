import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeTempDir } from '../library/testing.ts';
import { buildStaleReason, installedElectron, obtainElectron } from './launcher.ts';

let repo: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir: repo, cleanup } = await makeTempDir('copydesk-launch-')));
afterEach(() => cleanup());

async function put(path: string, text = '', mtime?: Date): Promise<void> {
  await mkdir(join(repo, path, '..'), { recursive: true });
  await writeFile(join(repo, path), text);
  if (mtime) await utimes(join(repo, path), mtime, mtime);
}

it('builds when an output is missing or a source is newer than the build', async () => {
  const old = new Date('2026-11-01T10:00:00Z');
  const built = new Date('2026-11-02T10:00:00Z');
  await put('renderer/App.tsx', 'x', old);
  await put('shared/article/schema.ts', 'x', old);
  expect(buildStaleReason(repo)).toBe('out/main/index.js is missing');
  for (const out of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) await put(out, 'x', built);
  expect(buildStaleReason(repo)).toBeNull();
  await put('shared/article/schema.ts', 'y', new Date('2026-11-03T10:00:00Z'));
  expect(buildStaleReason(repo)).toBe('source files changed since the last build');
});

it('finds an installed Electron binary, and says why when there is none', async () => {
  expect(installedElectron(repo, {})).toBeNull();
  expect(obtainElectron(repo, { download: true })).toEqual({ reason: 'the electron package is not installed; run npm install' });
  await put('node_modules/electron/install.js', 'process.exit(1)');
  expect(obtainElectron(repo, { download: false })).toEqual({ reason: 'its binary is not downloaded and downloading is turned off' });
  await put('node_modules/electron/install.js', 'console.error("Error: getaddrinfo ENOTFOUND github.com"); process.exit(1)');
  expect(obtainElectron(repo, { download: true })).toEqual({ reason: 'its download failed: Error: getaddrinfo ENOTFOUND github.com' });
  await put('node_modules/electron/path.txt', 'electron');
  await put('node_modules/electron/dist/electron', '#!/bin/sh');
  expect(obtainElectron(repo, { download: true })).toEqual({ exe: join(repo, 'node_modules/electron/dist/electron') });
});
