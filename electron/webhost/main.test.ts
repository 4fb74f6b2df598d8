import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeTempDir } from '../library/testing.ts';

let root: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir: root, cleanup } = await makeTempDir('copydesk-webmain-')));
afterEach(() => cleanup());

it('prints exactly "Copydesk is running at <url>" first, and answers the API at that URL', async () => {
  const child = spawn(process.execPath, [
    join(import.meta.dirname, 'main.ts'), '--no-open', '--library', join(root, 'press-day'), '--config', join(root, 'config'),
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const lines = createInterface({ input: child.stdout! });
    const first = await new Promise<string>((resolve, reject) => {
      lines.once('line', resolve);
      child.once('exit', (code) => reject(new Error(`web host exited with ${code}`)));
    });
    const m = first.match(/^Copydesk is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]{43}))$/);
    expect(m, first).not.toBeNull();
    const res = await fetch(`http://127.0.0.1:${m![2]}/api/app.info`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-copydesk-token': m![3]! }, body: '{}',
    });
    expect(await res.json()).toMatchObject({ ok: true, value: { host: 'web', libraryDir: join(root, 'press-day') } });
  } finally {
    child.kill('SIGTERM');
  }
});

it('refuses a bad option with the usage and exit status 2', async () => {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'main.ts'), '--port', 'eighty'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  expect(code).toBe(2);
  expect(stderr).toMatch(/--port must be a whole number/);
  expect(stderr).toMatch(/^usage: /m);
});
