/**
 * The desktop main process wired up, with Electron replaced by a recording stand-in (the
 * binary is not on every machine): the window's security settings, the app:// protocol, IPC
 * through the real handler table onto a real library in a temp folder.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { METHODS } from '../../shared/contract/api.ts';
import { CONTENT_SECURITY_POLICY } from './security.ts';
import { makeTempDir } from '../library/testing.ts';

interface FakeWindow {
  opts: { webPreferences: Record<string, unknown>; width: number; height: number };
  url: string;
  openHandler: (d: { url: string }) => { action: string };
  contentsListeners: Map<string, (...args: unknown[]) => void>;
}

const fake = vi.hoisted(() => {
  const state = {
    ipc: new Map<string, (...args: unknown[]) => unknown>(),
    sync: new Map<string, (...args: unknown[]) => void>(),
    protocolHandler: null as null | ((req: Request) => Promise<Response>),
    privileged: null as unknown,
    windows: [] as unknown[],
    opened: [] as string[],
    userData: '',
    permission: null as null | ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void),
    ready: null as null | (() => void),
    switches: [] as [string, string][],
  };
  const readyPromise = new Promise<void>((resolve) => (state.ready = resolve));
  class BrowserWindow {
    opts: unknown;
    url = '';
    openHandler: unknown;
    contentsListeners = new Map<string, unknown>();
    webContents = {
      setWindowOpenHandler: (f: unknown) => (this.openHandler = f),
      on: (e: string, f: unknown) => this.contentsListeners.set(e, f),
    };
    constructor(opts: unknown) {
      this.opts = opts;
      state.windows.push(this);
    }
    maximize() {}
    once() {}
    on() {}
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      setPath: (_k: string, v: string) => (state.userData = v),
      getPath: () => state.userData,
      getVersion: () => '0.1.0',
      isPackaged: false,
      requestSingleInstanceLock: () => true,
      on: () => undefined,
      whenReady: () => readyPromise,
      quit: () => undefined,
      exit: () => undefined,
      commandLine: { appendSwitch: (k: string, v: string) => state.switches.push([k, v]) },
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown) => (state.privileged = s),
      handle: (_scheme: string, h: (req: Request) => Promise<Response>) => (state.protocolHandler = h),
    },
    ipcMain: {
      handle: (c: string, f: (...args: unknown[]) => unknown) => state.ipc.set(c, f),
      on: (c: string, f: (...args: unknown[]) => void) => state.sync.set(c, f),
    },
    Menu: { setApplicationMenu: () => undefined, buildFromTemplate: (t: unknown) => t },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (f: typeof state.permission) => (state.permission = f),
        setPermissionCheckHandler: () => undefined,
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1440, height: 900 } }] },
    shell: { openExternal: async (url: string) => void state.opened.push(url) },
    BrowserWindow,
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));
// electron-store loads the real electron package from node_modules, outside vitest's mocks;
// its base, conf, is the same store without Electron (same options, same file).
vi.mock('electron-store', async () => {
  const Conf = (await import('conf')).default;
  class ElectronStore extends Conf {
    constructor(options: Record<string, unknown>) {
      super({ projectName: 'copydesk', ...options });
    }
  }
  return { default: ElectronStore };
});

let root: string;
let cleanup: () => Promise<void>;
const trusted = { senderFrame: { url: 'app://copydesk/index.html', parent: null } };

beforeAll(async () => {
  ({ dir: root, cleanup } = await makeTempDir('copydesk-main-'));
  process.argv.push('--library', join(root, 'library'), '--config', join(root, 'config'));
  await import('./index.ts');
  fake.state.ready!();
  await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
});
afterAll(() => cleanup());

const win = () => fake.state.windows[0] as FakeWindow;

describe('the desktop main process', () => {
  it('opens one sandboxed, isolated window on our own page, with settings in the config folder', () => {
    expect(win().opts.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(String(win().opts.webPreferences.preload)).toMatch(/out[/\\]preload[/\\]index\.cjs$|electron[/\\]preload[/\\]index\.cjs$/);
    expect(win().url).toBe('app://copydesk/index.html');
    expect(fake.state.userData).toBe(join(root, 'config'));
  });

  it('answers every contract method over IPC, from our page only, on the library given by --library', async () => {
    expect([...fake.state.ipc.keys()].sort()).toEqual(METHODS.map((m) => `copydesk:${m}`).sort());
    const created = (await fake.state.ipc.get('copydesk:article.create')!(trusted, { title: 'Delegation arrives in Kyiv' })) as { ok: boolean; value: { id: string } };
    expect(created.ok).toBe(true);
    const onDisk = JSON.parse(await readFile(join(root, 'library', `${created.value.id}.json`), 'utf8'));
    expect(onDisk.title).toBe('Delegation arrives in Kyiv');
    const foreign = await fake.state.ipc.get('copydesk:library.list')!({ senderFrame: { url: 'https://evil.example/', parent: null } }, {});
    expect(foreign).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const bad = await fake.state.ipc.get('copydesk:article.read')!(trusted, { id: '../../etc/passwd' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/^id: /) } });
  });

  it('denies new windows and foreign navigation, sending web links to the system browser', () => {
    expect(win().openHandler({ url: 'https://www.nato.int/' })).toEqual({ action: 'deny' });
    expect(win().openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    let prevented = false;
    win().contentsListeners.get('will-navigate')!({ preventDefault: () => (prevented = true) }, 'file:///etc/passwd');
    expect(prevented).toBe(true);
    expect(fake.state.opened).toEqual(['https://www.nato.int/']);
    let granted: boolean | undefined;
    fake.state.permission!(null, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
  });

  it('serves the renderer over app:// with the CSP, and nothing outside it', async () => {
    expect(fake.state.privileged).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    const outside = await fake.state.protocolHandler!(new Request('app://copydesk/%2e%2e/%2e%2e/package.json'));
    expect(outside.status).toBe(404);
    const other = await fake.state.protocolHandler!(new Request('app://elsewhere/index.html'));
    expect(other.status).toBe(404);
    expect(other.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
