import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '..', '..');
const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function targets(section: { target: (string | { target: string })[] }): string[] {
  return section.target.map((t) => (typeof t === 'string' ? t : t.target));
}

/** PNG width and height from the IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('electron-builder.yml', () => {
  it('names the app and packages the build output into dist/', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
    expect(config.productName).toBe('Copydesk');
    expect(config.directories.output).toBe('dist');
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('builds AppImage and deb for Linux with a maintainer and category', () => {
    expect(targets(config.linux)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(config.linux.category).toBe('Office');
    // The main process's V8 flag can only come from the command line: the desktop entry passes it.
    expect(config.linux.executableArgs).toContain('--js-flags=--max-semi-space-size=8');
  });

  it('builds a dmg for macOS in the productivity category, and an NSIS installer for Windows', () => {
    expect(targets(config.mac)).toContain('dmg');
    expect(config.mac.category).toBe('public.app-category.productivity');
    expect(targets(config.win)).toContain('nsis');
  });

  it('points at icon files that exist and are big enough for every platform', () => {
    const icons = [config.linux.icon, config.mac.icon, config.win.icon, config.nsis.installerIcon, config.nsis.uninstallerIcon];
    for (const icon of icons) expect(existsSync(join(ROOT, icon)), icon).toBe(true);
    const [w, h] = pngSize(join(ROOT, config.mac.icon));
    expect(w).toBeGreaterThanOrEqual(512); // macOS needs at least 512×512
    expect(w).toBe(h);
    expect(readFileSync(join(ROOT, config.win.icon)).readUInt16LE(2)).toBe(1); // ICO header: type 1 = icon
  });

  it('has the packaging scripts the README documents', () => {
    for (const script of ['package', 'package:linux', 'package:mac', 'package:win']) {
      expect(pkg.scripts[script]).toContain('electron-builder --config electron-builder.yml');
    }
  });
});
