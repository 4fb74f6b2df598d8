/**
 * The main window: sandboxed, isolated, no Node; it may show only our own page. Links to the
 * web or mail open in the system's browser or mail client; every other navigation, new window
 * or permission request is refused. Its size and position are kept in settings.
 */
import { BrowserWindow, screen, shell } from 'electron';
import type { SettingsStore } from '../settings/store.ts';
import { APP_START_URL, isAppUrl } from './appUrl.ts';
import { isAllowedExternalUrl } from './security.ts';
import { placeWindow, windowStateOf } from './windowState.ts';

const SAVE_BOUNDS_DELAY_MS = 500;

export function createMainWindow(options: { preload: string; settings: SettingsStore }): BrowserWindow {
  const place = placeWindow(options.settings.get().window, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...place,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Copydesk',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  if (place.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
  });
  win.webContents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());

  let timer: NodeJS.Timeout | undefined;
  const saveBounds = () => {
    clearTimeout(timer);
    if (!win.isDestroyed() && !win.isMinimized() && !win.isFullScreen()) {
      options.settings.setWindow(windowStateOf(win.getNormalBounds(), win.isMaximized()));
    }
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(saveBounds, SAVE_BOUNDS_DELAY_MS);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('maximize', saveSoon);
  win.on('unmaximize', saveSoon);
  win.on('close', saveBounds);

  void win.loadURL(APP_START_URL);
  return win;
}
