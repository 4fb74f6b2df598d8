/** Opens a URL in the user's default browser, without a shell (the URL is never interpreted). */
import { spawn } from 'node:child_process';

function opener(url: string, platform: NodeJS.Platform): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]];
  if (platform === 'win32') return ['rundll32', ['url.dll,FileProtocolHandler', url]];
  return ['xdg-open', [url]];
}

/** Resolves true when the opener started; false (with the reason) when it could not. */
export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform): Promise<{ ok: true } | { ok: false; reason: string }> {
  const [command, args] = opener(url, platform);
  return new Promise((resolve) => {
    try {
      const child = spawn(command, args, { detached: true, stdio: 'ignore' });
      child.once('error', (err) => resolve({ ok: false, reason: `${command}: ${err.message}` }));
      child.once('spawn', () => {
        child.unref();
        resolve({ ok: true });
      });
    } catch (err) {
      resolve({ ok: false, reason: (err as Error).message });
    }
  });
}
