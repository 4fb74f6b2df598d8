/**
 * Command-line options of the desktop app: `--library DIR` (this run only) and where settings
 * live (`--config DIR` or COPYDESK_CONFIG_DIR, for tests). Electron puts its own arguments
 * first, so options are looked for anywhere in argv.
 */
import { resolve } from 'node:path';

export interface MainArgs {
  libraryDir: string | null;
  configDir: string | null;
}

function valueOf(argv: readonly string[], name: string): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === name && i + 1 < argv.length) return argv[i + 1]!;
    if (arg.startsWith(name + '=')) return arg.slice(name.length + 1);
  }
  return null;
}

export function parseMainArgs(argv: readonly string[], env: Record<string, string | undefined>, cwd: string): MainArgs {
  const library = valueOf(argv, '--library');
  const config = valueOf(argv, '--config') ?? env.COPYDESK_CONFIG_DIR ?? null;
  return {
    libraryDir: library ? resolve(cwd, library) : null,
    configDir: config ? resolve(cwd, config) : null,
  };
}
