/**
 * Where Copydesk keeps things by default: the library under the user's documents folder, the
 * settings file in the per-user config folder (the same folder Electron calls `userData`, so
 * the desktop app and the web host share one settings file).
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { Settings } from '../../shared/contract/settings.ts';

export const APP_FOLDER_NAME = 'Copydesk';
export const SETTINGS_FILE_NAME = 'settings';

export interface Environment {
  env: Record<string, string | undefined>;
  home: string;
  platform: NodeJS.Platform;
}

export function currentEnvironment(): Environment {
  return { env: process.env, home: homedir(), platform: process.platform };
}

/** The XDG documents folder from `~/.config/user-dirs.dirs`, if the desktop set one. */
function xdgDocumentsDir({ env, home }: Environment): string | null {
  const fromEnv = env.XDG_DOCUMENTS_DIR;
  if (fromEnv && isAbsolute(fromEnv)) return fromEnv;
  const configHome = env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : join(home, '.config');
  let text: string;
  try {
    text = readFileSync(join(configHome, 'user-dirs.dirs'), 'utf8');
  } catch {
    return null;
  }
  const m = text.match(/^XDG_DOCUMENTS_DIR="([^"]+)"/m);
  if (!m?.[1]) return null;
  const dir = m[1].replace(/^\$HOME(?=\/|$)/, home);
  // `$HOME` alone means the desktop has no documents folder; fall back to ~/Documents then.
  return isAbsolute(dir) && dir !== home ? dir : null;
}

/** `~/Documents/Copydesk`, or `<XDG documents dir>/Copydesk` on a Linux desktop that sets one. */
export function defaultLibraryDir(environment: Environment = currentEnvironment()): string {
  const documents = (environment.platform === 'linux' && xdgDocumentsDir(environment)) || join(environment.home, 'Documents');
  return join(documents, APP_FOLDER_NAME);
}

/** The per-user config folder, matching Electron's `app.getPath('userData')` for Copydesk. */
export function defaultConfigDir(environment: Environment = currentEnvironment()): string {
  const { env, home, platform } = environment;
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  const configHome = env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : join(home, '.config');
  return join(configHome, APP_FOLDER_NAME);
}

export function defaultSettings(libraryDir: string): Settings {
  return {
    libraryDir,
    lastArticleId: null,
    authorName: '',
    theme: 'system',
    spellingLanguage: 'en-GB',
    window: null,
  };
}
