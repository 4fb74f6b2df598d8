/**
 * Security rules both hosts share, in plain Node so they are tested without Electron: the
 * Content-Security-Policy of the renderer page and which links may leave the app.
 */

/**
 * The renderer's CSP, the same in the Electron window and in the web host's tab. Scripts only
 * from the app itself; inline styles are allowed because Lexical and React set style
 * attributes; workers may be blob: URLs (how Vite can bundle a Web Worker).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Links the user may follow out of the app, to the system browser or mail client. */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0;
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname.length > 0 && !parsed.username && !parsed.password;
}
