/**
 * The web host's launch token. The URL it prints carries `?token=…`; we read it once, keep it in
 * sessionStorage (so a reload of the tab still works) and take it out of the address bar so it is
 * not bookmarked, screenshotted or shared by accident.
 */
import { TOKEN_QUERY } from '../../shared/contract/transport.ts';

const STORAGE_KEY = 'copydesk.token';

export function takeTokenFromLocation(win: Window = window): string | null {
  const url = new URL(win.location.href);
  const fromUrl = url.searchParams.get(TOKEN_QUERY);
  if (fromUrl) {
    win.sessionStorage.setItem(STORAGE_KEY, fromUrl);
    url.searchParams.delete(TOKEN_QUERY);
    win.history.replaceState(win.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return win.sessionStorage.getItem(STORAGE_KEY);
}
