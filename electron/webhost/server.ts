/**
 * The web host: the built renderer and the contract's API over HTTP on 127.0.0.1, for machines
 * where the Electron binary cannot be had. Same handler table as the desktop app (the caller
 * passes `dispatch`), same CSP. See guard.ts for who may talk to it.
 *
 *   POST /api/<method>   JSON body = the method's input; answers the ApiResponse JSON.
 *                        Requires the `x-copydesk-token` header (cookies are not enough: a
 *                        cookie rides along on requests other pages make).
 *   GET  /?token=…       The app. A valid token in the URL sets an HttpOnly SameSite=Strict
 *                        cookie so the page's own asset requests carry it.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { HTTP_API_PREFIX, TOKEN_HEADER, TOKEN_QUERY } from '../../shared/contract/transport.ts';
import type { Dispatch } from '../api/dispatch.ts';
import { CONTENT_SECURITY_POLICY } from '../main/security.ts';
import { cookieValue, isOwnHost, isOwnOrigin, tokenCookieName, tokensMatch } from './guard.ts';
import { contentTypeOf, resolveStaticFile } from './static.ts';

/** An article with a long body and many flags is a few MB at most; anything bigger is refused. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface WebHostOptions {
  dispatch: Dispatch;
  /** The built renderer (electron-vite's out/renderer). */
  rendererDir: string;
  /** 0 (default) = a random free port. */
  port?: number;
  /** Fixed token for tests; default: 32 random bytes per launch. */
  token?: string;
}

export interface WebHost {
  readonly port: number;
  readonly token: string;
  /** The URL to open: http://127.0.0.1:PORT/?token=TOKEN */
  readonly url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function refuse(res: ServerResponse, status: number, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-length': '0', 'cache-control': 'no-store', ...extra });
  res.end();
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
  });
  res.end(body);
}

function badRequest(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { ok: false, error: { code: 'bad-request', message } });
}

/** Reads the body up to `limit` bytes; null when it is bigger (the caller answers 413). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      else if (!over) chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  let port = 0;

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return refuse(res, 405, { allow: 'POST' });
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') return badRequest(res, 415, 'The API takes a JSON body (Content-Type: application/json).');
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) {
      res.setHeader('connection', 'close');
      return badRequest(res, 413, `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`);
    }
    let input: unknown;
    try {
      input = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
    } catch {
      return badRequest(res, 400, 'The request body is not valid JSON.');
    }
    sendJson(res, 200, await options.dispatch(method, input));
  }

  async function handlePage(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, { allow: 'GET, HEAD' });
    const file = await resolveStaticFile(options.rendererDir, url.pathname);
    if (!file) {
      if (url.pathname === '/' || url.pathname === '/index.html') {
        const text = `Copydesk's interface has not been built (no ${join(options.rendererDir, 'index.html')}). Run "npm run build", then reload.`;
        res.writeHead(503, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        res.end(text);
        return;
      }
      return refuse(res, 404);
    }
    const isHtml = file.endsWith('.html');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': contentTypeOf(file),
      // index.html names the current hashed bundles, so it must never be cached; the hashed
      // assets never change under one name.
      'cache-control': isHtml ? 'no-store' : url.pathname.startsWith('/assets/') ? 'private, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host;
    if (!isOwnHost(host, port)) return refuse(res, 403);
    if (!isOwnOrigin(req.headers.origin, host!, port)) return refuse(res, 403);
    if (req.headers['sec-fetch-site'] === 'cross-site') return refuse(res, 403);

    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://${host}`);
    } catch {
      return refuse(res, 400);
    }

    if (url.pathname.startsWith(HTTP_API_PREFIX)) {
      const headerToken = req.headers[TOKEN_HEADER];
      if (!tokensMatch(token, typeof headerToken === 'string' ? headerToken : null)) return refuse(res, 401);
      return handleApi(req, res, url.pathname.slice(HTTP_API_PREFIX.length));
    }

    const cookieName = tokenCookieName(port);
    const queryToken = url.searchParams.get(TOKEN_QUERY);
    if (queryToken !== null) {
      if (!tokensMatch(token, queryToken)) return refuse(res, 401);
      res.setHeader('set-cookie', `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    } else if (!tokensMatch(token, cookieValue(req.headers.cookie, cookieName))) {
      return refuse(res, 401);
    }
    return handlePage(req, res, url);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      console.error('copydesk web host: request failed:', err);
      if (!res.headersSent) refuse(res, 500);
      else res.destroy();
    });
  });

  // Keep idle connections open longer than a browser leaves them idle: when the server closes
  // an idle socket just as the page sends a POST on it, the browser reports a network error
  // instead of retrying (Node's default of 5 s made autosaves fail now and then).
  server.keepAliveTimeout = 10 * 60_000;
  server.headersTimeout = 60_000;
  server.requestTimeout = 5 * 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: options.port ?? 0 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?${TOKEN_QUERY}=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
