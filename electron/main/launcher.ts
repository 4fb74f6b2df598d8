/**
 * What `npm start` decides before anything opens: is the build current, and can the Electron
 * binary be had? Plain Node, no Electron, so it is tested and runs where Electron cannot.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files the build produces; all must exist for the app to run. */
export const BUILD_OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
/** Folders whose files go into the build. */
export const BUILD_INPUTS = ['renderer', 'shared', 'electron', 'electron.vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  let info;
  try {
    info = statSync(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Why a build is needed, or null when out/ is newer than every source file. */
export function buildStaleReason(repoRoot: string): string | null {
  const missing = BUILD_OUTPUTS.find((file) => !existsSync(join(repoRoot, file)));
  if (missing) return `${missing} is missing`;
  const oldestOutput = Math.min(...BUILD_OUTPUTS.map((file) => statSync(join(repoRoot, file)).mtimeMs));
  const newestInput = Math.max(...BUILD_INPUTS.map((p) => newestMtime(join(repoRoot, p))));
  return newestInput > oldestOutput ? 'source files changed since the last build' : null;
}

/** The installed Electron executable, found without `require('electron')` (which downloads). */
export function installedElectron(repoRoot: string, env: Record<string, string | undefined> = process.env): string | null {
  const platform = process.platform;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const exe = join(env.ELECTRON_OVERRIDE_DIST_PATH, platform === 'win32' ? 'electron.exe' : platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron');
    return existsSync(exe) ? exe : null;
  }
  const dir = join(repoRoot, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

/**
 * The Electron executable, downloading it first if it is not there yet (as `require('electron')`
 * would, but with a time limit). Answers the executable or the reason it cannot be had.
 */
export function obtainElectron(repoRoot: string, options: { download: boolean; timeoutMs?: number }): { exe: string } | { reason: string } {
  const present = installedElectron(repoRoot);
  if (present) return { exe: present };
  const installer = join(repoRoot, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return { reason: 'the electron package is not installed; run npm install' };
  if (!options.download) return { reason: 'its binary is not downloaded and downloading is turned off' };
  const run = spawnSync(process.execPath, [installer], { cwd: repoRoot, encoding: 'utf8', timeout: options.timeoutMs ?? 180_000 });
  const after = installedElectron(repoRoot);
  if (after) return { exe: after };
  const output = `${run.stderr ?? ''}\n${run.stdout ?? ''}`.split('\n').map((l) => l.trim()).filter(Boolean);
  const why = run.error?.message ?? output.find((l) => /error|fail|ENOTFOUND|EAI_AGAIN/i.test(l)) ?? output.at(-1) ?? `installer exited with ${run.status}`;
  return { reason: `its download failed: ${why}` };
}
