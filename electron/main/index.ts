/**
 * The desktop app's main process. Thin on purpose: everything it does is in plain Node modules
 * (library, settings, handlers, security rules) that are tested without Electron; this file
 * only wires them to Electron's app, window, protocol, session and IPC.
 */
import { join } from 'node:path';
import { app, ipcMain, Menu, protocol, session } from 'electron';
import type { BrowserWindow } from 'electron';
import ElectronStore from 'electron-store';
import { createHost } from '../api/context.ts';
import type { Host } from '../api/context.ts';
import { defaultLibraryDir, SETTINGS_FILE_NAME } from '../settings/defaults.ts';
import { SettingsStore } from '../settings/store.ts';
import { libraryScaleExtensions } from '../watch/extensions.ts';
import { parseMainArgs } from './args.ts';
import { registerIpc } from './ipc.ts';
import { menuTemplate } from './menu.ts';
import { registerAppScheme, serveRenderer } from './protocol.ts';
import { createMainWindow } from './window.ts';

const args = parseMainArgs(process.argv, process.env, process.cwd());
// Tests point the whole profile (settings and Chromium's own data) at a temp folder.
if (args.configDir) app.setPath('userData', args.configDir);

registerAppScheme(protocol);

let mainWindow: BrowserWindow | null = null;
let host: Host | null = null;

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  const store = new ElectronStore<Record<string, unknown>>({ name: SETTINGS_FILE_NAME, cwd: app.getPath('userData'), clearInvalidConfig: false });
  const settings = new SettingsStore(store, { defaultLibraryDir: defaultLibraryDir(), libraryOverride: args.libraryDir });
  host = createHost({ host: 'electron', version: app.getVersion(), settings, extensions: libraryScaleExtensions });

  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  serveRenderer(protocol, join(import.meta.dirname, '../renderer'));
  registerIpc(ipcMain, host.dispatch);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, { devTools: !app.isPackaged })));

  mainWindow = createMainWindow({ preload: join(import.meta.dirname, '../preload/index.cjs'), settings });
  mainWindow.on('closed', () => (mainWindow = null));
}

// A small young generation keeps the library's in-memory indexes from doubling a process's peak
// memory (measured on the web host, which gets the flag on its command line: 443 → 282 MB with
// 10,000 articles, same search times). Set here it reaches the renderer processes only: V8 sizes
// the main process's heap before this code runs (v8.setFlagsFromString is too late as well), so
// the main process gets it from the command line: `npm start` (electron/start.ts) and the Linux
// desktop entry (electron-builder.yml) pass --js-flags=--max-semi-space-size=8.
app.commandLine.appendSwitch('js-flags', '--max-semi-space-size=8');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault());
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow && host) mainWindow = createMainWindow({ preload: join(import.meta.dirname, '../preload/index.cjs'), settings: host.settings });
  });
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing || !host) return;
    // Let saves in flight reach the disk before the process goes.
    event.preventDefault();
    closing = true;
    host.close().finally(() => app.quit());
  });
  app.whenReady().then(start).catch((err: unknown) => {
    console.error('Copydesk could not start:', err);
    app.exit(1);
  });
}
