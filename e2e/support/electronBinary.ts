/**
 * Whether the Electron binary is installed, found without `require('electron')` (which would
 * try to download it). Returns null when it is there, else the reason it is not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ELECTRON_DIR = resolve(import.meta.dirname, '..', '..', 'node_modules', 'electron');

export function electronExecutable(): string | null {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const exe = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(exe) ? exe : null;
  }
  const pathFile = join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = join(ELECTRON_DIR, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

export function electronMissingReason(): string | null {
  if (electronExecutable()) return null;
  return `Electron binary not installed on this machine (no ${join('node_modules', 'electron', 'dist')}; it is downloaded from GitHub on first use): Electron e2e skipped`;
}
