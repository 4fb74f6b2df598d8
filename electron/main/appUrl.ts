/**
 * The desktop app's own origin. The renderer is served from `app://copydesk/` by a protocol
 * handler (not file://, which would give every local file the page's origin), so "is this our
 * page?" is one exact origin check.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'copydesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** True for URLs of our own renderer page (any path under app://copydesk/). */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}
