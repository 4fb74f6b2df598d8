import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { ipcChannel, IPC_METHODS_CHANNEL } from '../../shared/contract/transport.ts';
import { METHODS } from '../../shared/contract/api.ts';
import type { Dispatch } from '../api/dispatch.ts';
import { APP_START_URL, isAppUrl } from './appUrl.ts';
import { parseMainArgs } from './args.ts';
import { registerIpc } from './ipc.ts';
import type { IpcMainLike, SenderInfo } from './ipc.ts';
import { menuTemplate } from './menu.ts';
import { CONTENT_SECURITY_POLICY, isAllowedExternalUrl } from './security.ts';
import { placeWindow, windowStateOf } from './windowState.ts';

/** A stand-in for ipcMain that records handlers so calls can be made as a page would. */
function fakeIpcMain() {
  const handlers = new Map<string, (event: SenderInfo, ...args: unknown[]) => unknown>();
  const syncHandlers = new Map<string, (event: SenderInfo & { returnValue: unknown }) => void>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => handlers.set(channel, listener),
    on: (channel, listener) => syncHandlers.set(channel, listener),
  };
  return { ipc, handlers, syncHandlers };
}

const fromFrame = (url: string, parent: unknown = null): SenderInfo => ({ senderFrame: { url, parent } });

describe('IPC', () => {
  it('registers one channel per contract method and dispatches calls from our own page', async () => {
    const { ipc, handlers } = fakeIpcMain();
    const calls: [unknown, unknown][] = [];
    const dispatch: Dispatch = async (method, input) => { calls.push([method, input]); return { ok: true, value: 'done' }; };
    registerIpc(ipc, dispatch);
    expect([...handlers.keys()].sort()).toEqual(METHODS.map((m) => ipcChannel(m)).sort());
    const reply = await handlers.get(ipcChannel('article.read'))!(fromFrame(`${APP_START_URL}#article`), { id: 'abc' });
    expect(reply).toEqual({ ok: true, value: 'done' });
    expect(calls).toEqual([['article.read', { id: 'abc' }]]);
  });

  it('refuses calls from another page, an iframe, or a frame that is gone, before dispatch', async () => {
    const { ipc, handlers, syncHandlers } = fakeIpcMain();
    let dispatched = 0;
    registerIpc(ipc, async () => { dispatched++; return { ok: true, value: null }; });
    const strangers: SenderInfo[] = [
      fromFrame('https://evil.example/'),
      fromFrame('file:///home/min-ji/Downloads/page.html'),
      fromFrame('app://copydesk.evil/index.html'),
      fromFrame(APP_START_URL, { url: 'https://evil.example/' }),
      { senderFrame: null },
    ];
    for (const event of strangers) {
      const reply = await handlers.get(ipcChannel('library.list'))!(event, {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/did not come from the Copydesk window/) } });
      const sync = { ...event, returnValue: undefined as unknown };
      syncHandlers.get(IPC_METHODS_CHANNEL)!(sync);
      expect(sync.returnValue).toEqual([]);
    }
    expect(dispatched).toBe(0);
    const ours = { ...fromFrame(APP_START_URL), returnValue: undefined as unknown };
    syncHandlers.get(IPC_METHODS_CHANNEL)!(ours);
    expect(ours.returnValue).toEqual(METHODS);
  });
});

describe('what the window may open', () => {
  it('sends only web and mail links out, and keeps everything else in', () => {
    expect(isAllowedExternalUrl('https://www.nato.int/cps/en/natohq/topics_52044.htm')).toBe(true);
    expect(isAllowedExternalUrl('http://example.org/story')).toBe(true);
    expect(isAllowedExternalUrl('mailto:desk@example.org')).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'app://copydesk/index.html', 'ms-msdt:/id', 'https://user:pw@example.org/', 'not a url']) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
    expect(isAppUrl(APP_START_URL)).toBe(true);
    expect(isAppUrl('app://copydesk.evil/')).toBe(false);
  });

  it('has a CSP that allows only our own scripts and no plugins, frames or form posts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("form-action 'none'");
  });
});

describe('window size and position', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 870 };
  it('opens where it was left when that is on a screen', () => {
    expect(placeWindow({ x: 100, y: 80, width: 1200, height: 800, maximized: false }, [laptop])).toEqual({ x: 100, y: 80, width: 1200, height: 800, maximized: false });
  });
  it('centres a window whose monitor is gone, and shrinks it to fit the screen', () => {
    expect(placeWindow({ x: 2200, y: 100, width: 1900, height: 1000, maximized: true }, [laptop])).toEqual({ width: 1440, height: 870, maximized: true });
  });
  it('uses a default size on first start, and stores whole, sane numbers', () => {
    expect(placeWindow(null, [laptop])).toEqual({ width: 1280, height: 840, maximized: false });
    expect(windowStateOf({ x: 10.4, y: 20.6, width: 200, height: 100 }, false)).toEqual({ x: 10, y: 21, width: 400, height: 300, maximized: false });
  });
});

describe('command line and menu', () => {
  it('reads --library and the config folder wherever Electron puts them', () => {
    expect(parseMainArgs(['/opt/Copydesk/copydesk', '.', '--library', 'press-day'], {}, '/home/m')).toEqual({ libraryDir: '/home/m/press-day', configDir: null });
    expect(parseMainArgs(['electron', 'out/main/index.js', '--library=/srv/lib'], { COPYDESK_CONFIG_DIR: '/tmp/cfg' }, '/')).toEqual({ libraryDir: '/srv/lib', configDir: '/tmp/cfg' });
  });

  it('has the usual Edit, View and Window menus, with the app menu on macOS', () => {
    const roles = (t: MenuItemConstructorOptions[]) => t.map((m) => m.role ?? m.label);
    expect(roles(menuTemplate('linux', { devTools: false }))).toEqual(['fileMenu', 'editMenu', 'View', 'windowMenu']);
    expect(roles(menuTemplate('darwin', { devTools: true }))[0]).toBe('appMenu');
    const view = (menuTemplate('linux', { devTools: false })[2]!.submenu as MenuItemConstructorOptions[]).map((m) => m.role);
    expect(view).not.toContain('toggleDevTools');
    expect(view).toEqual(expect.arrayContaining(['reload', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']));
  });
});
