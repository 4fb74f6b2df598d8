/** Live numbers about the body for the status bar, computed by the editor as the user types. */
import { create } from 'zustand';

export interface EditorStatsState {
  words: number;
  setWords(words: number): void;
}

export const useEditorStats = create<EditorStatsState>()((set) => ({
  words: 0,
  setWords: (words) => set({ words }),
}));
