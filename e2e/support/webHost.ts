/**
 * Starts the web host the way a user would (`node electron/webhost/main.ts --library DIR
 * --port 0 --no-open`) and reads the URL from the first line it prints. Settings go to a
 * private config folder so tests never touch the user's preferences or each other's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export interface WebHost {
  /** The URL with its token, exactly as the host printed it. */
  url: string;
  libraryDir: string;
  stop(): Promise<void>;
}

const READY = /^Copydesk is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/;
const START_TIMEOUT_MS = 15_000;
const REPO = resolve(import.meta.dirname, '..', '..');

/** `files`: name → contents, written into the library before the host starts. */
export async function startWebHost(files: Record<string, string> = {}): Promise<WebHost> {
  const root = await mkdtemp(join(tmpdir(), 'copydesk-e2e-'));
  const libraryDir = join(root, 'library');
  const configDir = join(root, 'config');
  await mkdir(libraryDir, { recursive: true });
  await mkdir(configDir, { recursive: true });
  for (const [name, contents] of Object.entries(files)) await writeFile(join(libraryDir, name), contents);

  const { url, child } = await launchHostProcess(libraryDir, configDir);

  return {
    url,
    libraryDir,
    async stop() {
      await stopProcess(child);
      await rm(root, { recursive: true, force: true });
    },
  };
}

/**
 * Spawns `electron/webhost/main.ts` on a library and a config folder and waits for the URL it
 * prints first. The caller owns the process (stop it gracefully, or kill it to crash the host).
 */
export async function launchHostProcess(libraryDir: string, configDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['electron/webhost/main.ts', '--library', libraryDir, '--port', '0', '--no-open', '--config', configDir],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, COPYDESK_CONFIG_DIR: configDir } },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });

  const url = await new Promise<string>((resolveUrl, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`The web host printed no URL within ${START_TIMEOUT_MS} ms.\n${stderr}`)), START_TIMEOUT_MS);
    lines.once('line', (line) => {
      clearTimeout(timer);
      const match = READY.exec(line.trim());
      if (match) resolveUrl(match[1]!);
      else reject(new Error(`The web host's first line is not its URL: ${JSON.stringify(line)}\n${stderr}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web host exited (${code}) before it was ready.\n${stderr}`));
    });
  });
  // Keep draining stdout so the host never blocks on a full pipe.
  child.stdout!.resume();
  return { url, child };
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => { clearTimeout(force); done(); });
    child.kill('SIGTERM');
  });
}
