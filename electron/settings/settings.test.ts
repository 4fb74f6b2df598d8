import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors.ts';
import { makeTempDir } from '../library/testing.ts';
import { createConfSettings } from './confStore.ts';
import { defaultConfigDir, defaultLibraryDir } from './defaults.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir('copydesk-settings-')));
afterEach(() => cleanup());

describe('settings through conf', () => {
  it('starts with defaults and keeps what is set across restarts', () => {
    const first = createConfSettings({ configDir: dir, defaultLibraryDir: '/home/min-ji/Documents/Copydesk' });
    expect(first.get()).toMatchObject({ libraryDir: '/home/min-ji/Documents/Copydesk', lastArticleId: null, theme: 'system', window: null });
    first.set({ authorName: 'Min-ji Park', lastArticleId: '0mh3k2x1a-0123456789', theme: 'dark' });
    first.setWindow({ x: 40, y: 30, width: 1280, height: 800, maximized: false });

    const second = createConfSettings({ configDir: dir, defaultLibraryDir: '/elsewhere' });
    expect(second.get()).toMatchObject({
      authorName: 'Min-ji Park', lastArticleId: '0mh3k2x1a-0123456789', theme: 'dark',
      window: { x: 40, y: 30, width: 1280, height: 800, maximized: false },
    });
  });

  it('refuses an invalid patch with the field named, changing nothing', () => {
    const store = createConfSettings({ configDir: dir, defaultLibraryDir: '/lib' });
    expect(() => store.set({ theme: 'sepia' as never })).toThrow(ApiError);
    expect(() => store.set({ lastArticleId: '../../etc' })).toThrow(/lastArticleId: An article id/);
    expect(store.get().theme).toBe('system');
  });

  it('falls back to the default for a hand-broken field and keeps the others', async () => {
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ theme: 'sepia', authorName: 'Min-ji Park', window: { width: 3 } }));
    const store = createConfSettings({ configDir: dir, defaultLibraryDir: '/lib' });
    expect(store.get()).toMatchObject({ theme: 'system', authorName: 'Min-ji Park', window: null });
  });

  it('reads settings written by an older version and drops the retired style-book path on the next save', async () => {
    // Earlier builds stored `styleBookPath`; the book now lives in the library folder.
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ authorName: 'Min-ji Park', styleBookPath: '/home/min-ji/style.json' }));
    const store = createConfSettings({ configDir: dir, defaultLibraryDir: '/lib' });
    expect(store.get()).toMatchObject({ authorName: 'Min-ji Park', theme: 'system' });
    store.set({ theme: 'dark' });
    const saved = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as Record<string, unknown>;
    expect(saved).toMatchObject({ authorName: 'Min-ji Park', theme: 'dark' });
    expect(saved).not.toHaveProperty('styleBookPath');
  });

  it('keeps an unreadable settings file aside instead of deleting it', async () => {
    await writeFile(join(dir, 'settings.json'), '{"authorName": "Min-ji');
    const warnings: string[] = [];
    const store = createConfSettings({ configDir: dir, defaultLibraryDir: '/lib', warn: (m) => warnings.push(m) });
    expect(store.get().authorName).toBe('');
    const aside = (await readdir(dir)).find((n) => n.startsWith('settings.json.unreadable-'));
    expect(aside).toBeDefined();
    expect(await readFile(join(dir, aside!), 'utf8')).toBe('{"authorName": "Min-ji');
    expect(warnings[0]).toMatch(/could not be read/);
  });

  it('uses --library for this run only, until the user picks a folder', () => {
    const store = createConfSettings({ configDir: dir, defaultLibraryDir: '/docs/Copydesk', libraryOverride: '/tmp/press-day' });
    expect(store.get().libraryDir).toBe('/tmp/press-day');
    expect(createConfSettings({ configDir: dir, defaultLibraryDir: '/docs/Copydesk' }).get().libraryDir).toBe('/docs/Copydesk');
    expect(store.set({ libraryDir: '/srv/desk' }).libraryDir).toBe('/srv/desk');
  });
});

describe('default folders', () => {
  it('puts the library in the XDG documents folder on a Linux desktop that names one', async () => {
    await mkdir(join(dir, '.config'), { recursive: true });
    await writeFile(join(dir, '.config', 'user-dirs.dirs'), 'XDG_DESKTOP_DIR="$HOME/Desktop"\nXDG_DOCUMENTS_DIR="$HOME/Dokumente"\n');
    expect(defaultLibraryDir({ env: {}, home: dir, platform: 'linux' })).toBe(join(dir, 'Dokumente', 'Copydesk'));
    expect(defaultLibraryDir({ env: {}, home: '/Users/min', platform: 'darwin' })).toBe('/Users/min/Documents/Copydesk');
    expect(defaultLibraryDir({ env: {}, home: join(dir, 'nobody'), platform: 'linux' })).toBe(join(dir, 'nobody', 'Documents', 'Copydesk'));
  });

  it('keeps settings where Electron keeps userData for Copydesk', () => {
    expect(defaultConfigDir({ env: { XDG_CONFIG_HOME: '/cfg' }, home: '/home/m', platform: 'linux' })).toBe('/cfg/Copydesk');
    expect(defaultConfigDir({ env: {}, home: '/Users/m', platform: 'darwin' })).toBe('/Users/m/Library/Application Support/Copydesk');
  });
});
