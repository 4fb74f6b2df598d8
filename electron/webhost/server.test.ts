import { request } from 'node:http';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost } from '../api/context.ts';
import type { Host } from '../api/context.ts';
import { kyivBody, makeTempDir } from '../library/testing.ts';
import { createConfSettings } from '../settings/confStore.ts';
import { CONTENT_SECURITY_POLICY } from '../main/security.ts';
import { MAX_BODY_BYTES, startWebHost } from './server.ts';
import type { WebHost } from './server.ts';

let root: string;
let cleanup: () => Promise<void>;
let host: Host;
let server: WebHost;

beforeAll(async () => {
  ({ dir: root, cleanup } = await makeTempDir('copydesk-webhost-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Copydesk</title><script type="module" src="/assets/index-abc123.js"></script>');
  await writeFile(join(rendererDir, 'assets', 'index-abc123.js'), 'console.log("Copydesk")');
  await writeFile(join(root, 'secret.txt'), 'outside the renderer folder');
  await symlink(join(root, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'));
  const settings = createConfSettings({ configDir: join(root, 'config'), defaultLibraryDir: join(root, 'library') });
  host = createHost({ host: 'web', version: '0.1.0', settings });
  server = await startWebHost({ dispatch: host.dispatch, rendererDir });
});
afterAll(async () => {
  await server.close();
  await host.close();
  await cleanup();
});

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: string }

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET',
      headers: { host: `127.0.0.1:${server.port}`, ...options.headers },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const own = () => `http://127.0.0.1:${server.port}`;
function api(method: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-copydesk-token': server.token, origin: own(), ...headers },
    body: JSON.stringify(input),
  });
}

describe('who may talk to the web host', () => {
  it('prints a URL with a long random token, on 127.0.0.1', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses API calls without the token, with a wrong one, or with the token only in a cookie', async () => {
    const cookie = `copydesk-token-${server.port}=${server.token}`;
    const attempts: Record<string, string>[] = [{ 'x-copydesk-token': '' }, { 'x-copydesk-token': server.token.slice(0, -1) + (server.token.endsWith('A') ? 'B' : 'A') }, { 'x-copydesk-token': 'x', cookie }];
    for (const headers of attempts) {
      const reply = await api('library.list', {}, headers);
      expect(reply).toMatchObject({ status: 401, body: '' });
    }
    const noHeader = await send('/api/library.list', { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: '{}' });
    expect(noHeader).toMatchObject({ status: 401, body: '' });
  });

  it('refuses a foreign Origin even with the right token', async () => {
    for (const origin of ['https://evil.example', 'http://127.0.0.1:1', `http://localhost.evil.example:${server.port}`, 'null']) {
      expect(await api('library.list', {}, { origin })).toMatchObject({ status: 403, body: '' });
    }
    expect(await api('library.list', {}, { 'sec-fetch-site': 'cross-site' })).toMatchObject({ status: 403 });
  });

  it('refuses a foreign Host (DNS rebinding) even with the right token', async () => {
    for (const hostHeader of ['evil.example', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`, `0.0.0.0:${server.port}`]) {
      const reply = await api('library.list', {}, { host: hostHeader, origin: `http://${hostHeader}` });
      expect(reply).toMatchObject({ status: 403, body: '' });
      const page = await send(`/?token=${server.token}`, { headers: { host: hostHeader } });
      expect(page).toMatchObject({ status: 403, body: '' });
    }
  });

  it('serves pages only with the token, setting an HttpOnly SameSite=Strict cookie for the assets', async () => {
    expect(await send('/')).toMatchObject({ status: 401, body: '' });
    expect(await send('/?token=wrong')).toMatchObject({ status: 401, body: '' });
    expect(await send('/assets/index-abc123.js')).toMatchObject({ status: 401, body: '' });

    const page = await send(`/?token=${server.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Copydesk</title>');
    expect(page.headers['set-cookie']).toEqual([`copydesk-token-${server.port}=${server.token}; HttpOnly; SameSite=Strict; Path=/`]);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');

    const asset = await send('/assets/index-abc123.js', { headers: { cookie: `copydesk-token-${server.port}=${server.token}` } });
    expect(asset).toMatchObject({ status: 200, body: 'console.log("Copydesk")' });
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('never serves a file outside the renderer folder', async () => {
    const cookie = `copydesk-token-${server.port}=${server.token}`;
    for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets%2f..%2f..%2fsecret.txt', '/..%5csecret.txt', '/assets/link.txt', '/%00index.html']) {
      const reply = await send(path, { headers: { cookie } });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside the renderer folder');
    }
  });
});

describe('the API over HTTP', () => {
  it('creates and saves an article that ends up in the library folder', async () => {
    const created = JSON.parse((await api('article.create', { title: 'Delegation arrives in Kyiv' })).body);
    expect(created).toMatchObject({ ok: true, value: { title: 'Delegation arrives in Kyiv', revision: 0 } });
    const id = created.value.id as string;
    const saved = await api('article.save', { id, baseRevision: 0, changes: { body: kyivBody() } });
    expect(JSON.parse(saved.body)).toMatchObject({ ok: true, value: { revision: 1, summary: { wordCount: 50 } } });
    expect(saved.headers['cache-control']).toBe('no-store');
    const onDisk = JSON.parse(await readFile(join(root, 'library', `${id}.json`), 'utf8'));
    expect(onDisk.body.root.children).toHaveLength(3);
    const listed = JSON.parse((await api('library.list', {})).body);
    expect(listed.value.articles.map((a: { id: string }) => a.id)).toContain(id);
  });

  it('answers bad arguments with the contract error, and unknown methods too', async () => {
    expect(JSON.parse((await api('article.read', { id: '../../etc/passwd' })).body)).toEqual({
      ok: false, error: { code: 'bad-request', message: 'id: An article id is 1–80 lower-case letters, digits and dashes.' },
    });
    expect(JSON.parse((await api('fs.rm', {})).body)).toMatchObject({ ok: false, error: { code: 'bad-request', message: 'Unknown method "fs.rm".' } });
  });

  it('takes only JSON bodies of sensible size over POST', async () => {
    expect((await send('/api/library.list', { headers: { 'x-copydesk-token': server.token } })).status).toBe(405);
    const form = await send('/api/library.list', { method: 'POST', headers: { 'x-copydesk-token': server.token, 'content-type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
    const broken = await send('/api/library.list', { method: 'POST', headers: { 'x-copydesk-token': server.token, 'content-type': 'application/json' }, body: '{"a":' });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.message).toBe('The request body is not valid JSON.');
    const huge = await send('/api/article.create', {
      method: 'POST', headers: { 'x-copydesk-token': server.token, 'content-type': 'application/json' },
      body: Buffer.alloc(MAX_BODY_BYTES + 10, 0x20),
    });
    expect(huge.status).toBe(413);
  });
});

describe('before the interface is built', () => {
  it('says how to build it instead of showing an empty page', async () => {
    const bare = await startWebHost({ dispatch: host.dispatch, rendererDir: join(root, 'not-built') });
    try {
      const reply = await new Promise<Reply>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: bare.port, path: `/?token=${bare.token}`, headers: { host: `127.0.0.1:${bare.port}` } }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
        });
        req.on('error', reject);
        req.end();
      });
      expect(reply.status).toBe(503);
      expect(reply.body).toMatch(/has not been built .* Run "npm run build", then reload\./);
    } finally {
      await bare.close();
    }
  });
});
