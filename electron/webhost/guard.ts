/**
 * Who may talk to the web host. It listens on 127.0.0.1 only, but any web page the user has
 * open can still send requests to localhost, and a DNS-rebinding page can make them look
 * same-origin. So every request must carry the launch token, name our own Host, and come from
 * no Origin or exactly ours.
 */
import { timingSafeEqual } from 'node:crypto';

export const TOKEN_COOKIE_PREFIX = 'copydesk-token-';

/** Host headers that name this server: 127.0.0.1:PORT or localhost:PORT, nothing else. */
export function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** No Origin (a top-level navigation, or a same-origin GET) or exactly the origin of the Host. */
export function isOwnOrigin(origin: string | undefined, host: string, port: number): boolean {
  if (origin === undefined) return true;
  return isOwnHost(host, port) && origin === `http://${host}`;
}

export function tokensMatch(expected: string, given: string | undefined | null): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** The cookie is per port: cookies ignore ports, and two Copydesk hosts may run at once. */
export function tokenCookieName(port: number): string {
  return `${TOKEN_COOKIE_PREFIX}${port}`;
}
