/**
 * Preferences and facts about the host (which host, library folder). Loaded once at start;
 * `set` writes through to the host and keeps what the host answered.
 */
import { create } from 'zustand';
import type { AppInfo } from '../../shared/contract/api.ts';
import type { Settings, SettingsPatch } from '../../shared/contract/settings.ts';
import { call } from '../api/client.ts';

export interface PreferencesState {
  settings: Settings | null;
  info: AppInfo | null;
  error: string | null;
  load(): Promise<Settings | null>;
  set(patch: SettingsPatch): Promise<Settings>;
}

export const usePreferences = create<PreferencesState>()((set) => ({
  settings: null,
  info: null,
  error: null,

  async load() {
    try {
      const [settings, info] = await Promise.all([call('settings.get', {}), call('app.info', {})]);
      set({ settings, info, error: null });
      return settings;
    } catch (err) {
      set({ error: (err as Error).message });
      return null;
    }
  },

  async set(patch) {
    const settings = await call('settings.set', patch);
    set((s) => ({ settings, info: s.info && patch.libraryDir ? { ...s.info, libraryDir: settings.libraryDir } : s.info }));
    return settings;
  },
}));

/** The theme actually shown: 'system' follows the operating system. */
export function effectiveTheme(theme: Settings['theme'] | undefined, prefersDark: boolean): 'light' | 'dark' {
  if (theme === 'light' || theme === 'dark') return theme;
  return prefersDark ? 'dark' : 'light';
}
