/**
 * Restoring the window where the user left it, unless that place is no longer on any screen
 * (a monitor unplugged since): then the saved size is kept and the window is centred.
 */
import type { WindowState } from '../../shared/contract/settings.ts';

export interface Rect { x: number; y: number; width: number; height: number }

export const DEFAULT_WINDOW = { width: 1280, height: 840 };
/** How much of the title bar must be on a screen for the saved position to count. */
const MIN_VISIBLE = 64;

export interface WindowPlacement {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
}

export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[]): WindowPlacement {
  if (!saved) return { ...DEFAULT_WINDOW, maximized: false };
  const largest = workAreas.reduce<Rect | null>((best, a) => (!best || a.width * a.height > best.width * best.height ? a : best), null);
  const width = largest ? Math.min(saved.width, largest.width) : saved.width;
  const height = largest ? Math.min(saved.height, largest.height) : saved.height;
  const { x, y } = saved;
  if (x === undefined || y === undefined) return { width, height, maximized: saved.maximized };
  const visible = workAreas.some(
    (a) => x + width - MIN_VISIBLE >= a.x && x + MIN_VISIBLE <= a.x + a.width && y >= a.y && y + MIN_VISIBLE <= a.y + a.height,
  );
  return visible ? { x, y, width, height, maximized: saved.maximized } : { width, height, maximized: saved.maximized };
}

/** What to store: the normal (unmaximised) bounds, so un-maximising later returns there. */
export function windowStateOf(normalBounds: Rect, maximized: boolean): WindowState {
  return {
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    width: Math.max(400, Math.round(normalBounds.width)),
    height: Math.max(300, Math.round(normalBounds.height)),
    maximized,
  };
}
