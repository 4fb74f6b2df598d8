/**
 * The web host's settings: `conf` (electron-store without Electron) in the per-user config
 * folder, the same file the desktop app uses. A settings file that is not valid JSON is moved
 * aside (kept, never deleted) and Copydesk starts with defaults, saying so once.
 */
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { defaultConfigDir, defaultLibraryDir, SETTINGS_FILE_NAME } from './defaults.ts';
import { SettingsStore } from './store.ts';

export interface ConfSettingsOptions {
  /** Folder of the settings file; tests pass a temp dir. Default: the per-user config folder. */
  configDir?: string;
  defaultLibraryDir?: string;
  /** `--library DIR`: used for this run without being saved. */
  libraryOverride?: string | null;
  warn?: (message: string) => void;
}

function openConf(configDir: string, warn: (message: string) => void): Conf<Record<string, unknown>> {
  const options = { cwd: configDir, configName: SETTINGS_FILE_NAME, projectName: 'copydesk' };
  try {
    return new Conf<Record<string, unknown>>(options);
  } catch (err) {
    const file = join(configDir, `${SETTINGS_FILE_NAME}.json`);
    if (!existsSync(file)) throw err;
    const aside = `${file}.unreadable-${Date.now()}`;
    renameSync(file, aside);
    warn(`Copydesk: the settings file could not be read (${(err as Error).message}); it was kept as ${aside} and defaults are used.`);
    return new Conf<Record<string, unknown>>(options);
  }
}

export function createConfSettings(options: ConfSettingsOptions = {}): SettingsStore {
  const conf = openConf(options.configDir ?? defaultConfigDir(), options.warn ?? ((m) => console.warn(m)));
  return new SettingsStore(conf, {
    defaultLibraryDir: options.defaultLibraryDir ?? defaultLibraryDir(),
    libraryOverride: options.libraryOverride ?? null,
  });
}
