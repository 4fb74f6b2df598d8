/**
 * Starting the web host as `npm run web` and `npm start` do: settings from the per-user config
 * folder (or `configDir`), the library from settings (or `libraryDir` for this run), the first
 * stdout line exactly `Copydesk is running at <url>`, then the browser.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHost } from '../api/context.ts';
import { libraryScaleExtensions } from '../watch/extensions.ts';
import type { Host } from '../api/context.ts';
import { createConfSettings } from '../settings/confStore.ts';
import { openInBrowser } from './openBrowser.ts';
import { startWebHost } from './server.ts';
import type { WebHost } from './server.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_RENDERER_DIR = resolve(REPO_ROOT, 'out/renderer');

export function appVersion(): string {
  try {
    return String(JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')).version);
  } catch {
    return '0.0.0';
  }
}

export interface LaunchOptions {
  libraryDir?: string;
  port?: number;
  open?: boolean;
  rendererDir?: string;
  configDir?: string;
  /** Lines for the user; default: stdout. */
  print?: (line: string) => void;
  warn?: (line: string) => void;
}

export async function launchWebHost(options: LaunchOptions = {}): Promise<{ server: WebHost; host: Host; stop: () => Promise<void> }> {
  const print = options.print ?? ((line) => process.stdout.write(line + '\n'));
  const warn = options.warn ?? ((line) => process.stderr.write(line + '\n'));
  const settings = createConfSettings({
    configDir: options.configDir,
    libraryOverride: options.libraryDir ? resolve(options.libraryDir) : null,
    warn,
  });
  const host = createHost({ host: 'web', version: appVersion(), settings, extensions: libraryScaleExtensions });
  try {
    await host.libraries.current();
  } catch (err) {
    throw new Error(`Copydesk cannot open the library folder ${settings.get().libraryDir}: ${(err as Error).message}`, { cause: err });
  }
  const server = await startWebHost({ dispatch: host.dispatch, rendererDir: options.rendererDir ?? DEFAULT_RENDERER_DIR, port: options.port });
  print(`Copydesk is running at ${server.url}`);
  print(`Library: ${settings.get().libraryDir}`);
  if (options.open !== false) {
    const opened = await openInBrowser(server.url);
    if (!opened.ok) warn(`Could not open a browser (${opened.reason}); open the address above yourself.`);
  }
  const stop = async () => {
    await server.close();
    await host.close();
  };
  return { server, host, stop };
}
