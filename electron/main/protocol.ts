/** Serves the built renderer at app://copydesk/ with the app's CSP on every response. */
import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { contentTypeOf, resolveStaticFile } from '../webhost/static.ts';
import { APP_HOST, APP_SCHEME } from './appUrl.ts';
import { CONTENT_SECURITY_POLICY } from './security.ts';

/** Must run before the app is ready: app:// behaves like https (secure, standard, fetch-able). */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function serveRenderer(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const headers = { 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' };
    if (url.host !== APP_HOST || request.method !== 'GET') return new Response(null, { status: 404, headers });
    const file = await resolveStaticFile(rendererDir, url.pathname);
    if (!file) return new Response(null, { status: 404, headers });
    return new Response(await readFile(file), { status: 200, headers: { ...headers, 'content-type': contentTypeOf(file) } });
  });
}
