/**
 * `npm start`: build if the build is missing or older than the sources, then open the desktop
 * app — or, where the Electron binary cannot be had, the same app in a browser tab through the
 * web host, with one line saying why. Arguments after `--` go to the app (`--library DIR`).
 * COPYDESK_NO_ELECTRON_DOWNLOAD=1 skips the download attempt.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildStaleReason, obtainElectron } from './main/launcher.ts';
import { launchWebHost, REPO_ROOT } from './webhost/launch.ts';

function build(): void {
  const stale = buildStaleReason(REPO_ROOT);
  if (!stale) return;
  process.stdout.write(`Building Copydesk (${stale})…\n`);
  const cli = join(REPO_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const run = spawnSync(process.execPath, [cli, 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) {
    process.stderr.write('Copydesk could not be built; see the messages above.\n');
    process.exit(1);
  }
}

async function main(): Promise<void> {
  build();
  const args = process.argv.slice(2);
  const electron = obtainElectron(REPO_ROOT, { download: !process.env.COPYDESK_NO_ELECTRON_DOWNLOAD });
  if ('exe' in electron) {
    // The main process's heap is sized before any of our code runs, so its V8 flag must be on
    // the command line (see electron/main/index.ts): a small young generation, as for `npm run web`.
    const child = spawn(electron.exe, ['--js-flags=--max-semi-space-size=8', REPO_ROOT, ...args], { stdio: 'inherit' });
    child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
    return;
  }
  process.stdout.write(`Electron binary not available (${electron.reason}); opening Copydesk in your browser instead\n`);
  const library = args.indexOf('--library');
  const { stop } = await launchWebHost({
    libraryDir: library >= 0 ? args[library + 1] : undefined,
    configDir: process.env.COPYDESK_CONFIG_DIR,
    open: !args.includes('--no-open'),
  });
  const shutdown = () => void stop().then(() => process.exit(0), () => process.exit(1));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err: Error) => {
  process.stderr.write(`Copydesk could not start: ${err.message}\n`);
  process.exit(1);
});
