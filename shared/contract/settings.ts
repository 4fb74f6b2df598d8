/**
 * Preferences. One schema for both hosts: electron-store in the desktop app, `conf` (the same
 * store without Electron) in the web host.
 */
import { z } from 'zod';
import { ArticleId } from '../article/schema.ts';

export const WindowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

export const Settings = z.object({
  /** Absolute path of the library folder. */
  libraryDir: z.string().min(1),
  lastArticleId: ArticleId.nullable(),
  /** Shown on flags and notes. */
  authorName: z.string().max(200),
  theme: z.enum(['system', 'light', 'dark']),
  spellingLanguage: z.string().max(20),
  window: WindowState.nullable(),
});
export type Settings = z.infer<typeof Settings>;

/** What the renderer may change. The window state belongs to the main process. */
export const SettingsPatch = Settings.omit({ window: true }).partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;
