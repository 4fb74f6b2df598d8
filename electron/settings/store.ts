/**
 * Settings over a key-value store: `conf` in the web host, `electron-store` (conf inside
 * Electron) in the desktop app. Both expose the whole object as `.store`, so one wrapper
 * validates with the contract's `Settings` schema either way. A value that fails the schema (a
 * hand-edited file, an older version's setting) falls back to its default, field by field, so
 * one bad setting never costs the others.
 */
import { Settings, SettingsPatch, WindowState } from '../../shared/contract/settings.ts';
import { ApiError } from '../../shared/contract/errors.ts';
import { defaultSettings } from './defaults.ts';

/** What conf and electron-store have in common that we use. */
export interface KeyValueBacking {
  store: Record<string, unknown>;
}

export class SettingsStore {
  readonly #backing: KeyValueBacking;
  readonly #defaults: Settings;
  /** Set when a host overrides the library folder for this run only (`--library DIR`). */
  #libraryOverride: string | null;

  constructor(backing: KeyValueBacking, options: { defaultLibraryDir: string; libraryOverride?: string | null }) {
    this.#backing = backing;
    this.#defaults = defaultSettings(options.defaultLibraryDir);
    this.#libraryOverride = options.libraryOverride ?? null;
  }

  get(): Settings {
    const settings = this.#storedValid();
    return this.#libraryOverride ? { ...settings, libraryDir: this.#libraryOverride } : settings;
  }

  /** Applies a validated patch and returns the settings as they now are. */
  set(patch: SettingsPatch): Settings {
    const checked = SettingsPatch.safeParse(patch);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new ApiError('bad-request', `${issue?.path.join('.') || 'settings'}: ${issue?.message ?? 'invalid'}`);
    }
    const next = { ...this.#storedValid(), ...checked.data };
    this.#backing.store = next;
    // Choosing a library folder in preferences ends a `--library` override for this run.
    if (checked.data.libraryDir !== undefined) this.#libraryOverride = null;
    return this.get();
  }

  setWindow(state: WindowState | null): void {
    const checked = state === null ? null : WindowState.parse(state);
    this.#backing.store = { ...this.#storedValid(), window: checked };
  }

  /** What is stored, minus the override, with invalid fields replaced by defaults. */
  #storedValid(): Settings {
    const stored = this.#backing.store ?? {};
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(this.#defaults) as (keyof Settings)[]) {
      const parsed = Settings.shape[key].safeParse(stored[key]);
      out[key] = parsed.success ? parsed.data : this.#defaults[key];
    }
    return out as Settings;
  }
}
