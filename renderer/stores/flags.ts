/**
 * Editor flags' view state. The flags themselves (category, note, author, status) live in the
 * open article (`article.flags`, saved with it); their anchors are MarkNodes in the body. This
 * store holds what only the screen needs: which flag ids currently have a mark in the text, the
 * "Show resolved" switch, and the open flag dialog.
 */
import { create } from 'zustand';
import type { TextPoint } from '../review/highlights/textMap.ts';

export interface FlagDraft {
  /** The selection to wrap, captured when the dialog opened (the dialog takes the focus). */
  anchor: TextPoint;
  focus: TextPoint;
  isBackward: boolean;
  text: string;
}

export interface FlagsState {
  /** Flag ids that have a MarkNode in the body right now. */
  anchored: ReadonlySet<string>;
  showResolved: boolean;
  draft: FlagDraft | null;
  setAnchored(ids: ReadonlySet<string>): void;
  setShowResolved(show: boolean): void;
  openDraft(draft: FlagDraft): void;
  closeDraft(): void;
}

export const useFlagsStore = create<FlagsState>()((set) => ({
  anchored: new Set(),
  showResolved: false,
  draft: null,
  setAnchored: (anchored) => set({ anchored }),
  setShowResolved: (showResolved) => set({ showResolved }),
  openDraft: (draft) => set({ draft }),
  closeDraft: () => set({ draft: null }),
}));
