/**
 * App-wide keyboard shortcuts. Browsers keep Ctrl+N for themselves, so in a browser tab New
 * article is also on Ctrl+Alt+N (and that is the one the UI advertises there).
 */
export type AppCommand = 'new-article' | 'save-now' | 'preferences';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function commandForKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): AppCommand | null {
  const mod = isMac ? e.metaKey : e.ctrlKey;
  if (!mod || e.shiftKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'n') return 'new-article';
  if (key === 's' && !e.altKey) return 'save-now';
  if (key === ',' && !e.altKey) return 'preferences';
  return null;
}

export function newArticleShortcut(host: 'electron' | 'web'): string {
  if (isMac) return host === 'web' ? 'Meta+Alt+N' : 'Meta+N';
  return host === 'web' ? 'Control+Alt+N' : 'Control+N';
}

/** "Control+Alt+N" → "Ctrl+Alt+N" (or "⌘⌥N" on a Mac), for hints on screen. */
export function shortcutLabel(keys: string): string {
  const parts = keys.split('+').map((k) => (k === 'Comma' ? ',' : k));
  if (isMac) return parts.map((k) => ({ Control: '⌘', Meta: '⌘', Alt: '⌥', Shift: '⇧' })[k] ?? k).join('');
  return parts.map((k) => (k === 'Control' ? 'Ctrl' : k)).join('+');
}
