import { describe, expect, it } from 'vitest';
import { commandForKey, shortcutLabel } from './shortcuts.ts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods,
});

describe('app shortcuts (Linux/Windows keys)', () => {
  it('maps Ctrl+N and Ctrl+Alt+N to a new article, Ctrl+S to save, Ctrl+, to preferences', () => {
    expect(commandForKey(key('n', { ctrlKey: true }))).toBe('new-article');
    expect(commandForKey(key('N', { ctrlKey: true, altKey: true }))).toBe('new-article');
    expect(commandForKey(key('s', { ctrlKey: true }))).toBe('save-now');
    expect(commandForKey(key(',', { ctrlKey: true }))).toBe('preferences');
  });

  it('leaves ordinary typing and editor shortcuts alone', () => {
    expect(commandForKey(key('n'))).toBeNull();
    expect(commandForKey(key('b', { ctrlKey: true }))).toBeNull();
    expect(commandForKey(key('z', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });

  it('writes shortcuts the way the platform shows them', () => {
    expect(shortcutLabel('Control+Alt+N')).toBe('Ctrl+Alt+N');
    expect(shortcutLabel('Control+Comma')).toBe('Ctrl+,');
  });
});
