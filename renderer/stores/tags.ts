/**
 * Tags: the open article's tags (saved in `article.tags`), completions from every tag used in
 * the library, and suggestions from the people, places and organisations the engine found.
 */
import { create } from 'zustand';
import type { Entity } from '../../shared/analysis/types.ts';
import { useArticle } from './article.ts';

export const MAX_TAG_LENGTH = 60;
const MAX_SUGGESTIONS = 8;

export function normaliseTag(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH);
}

const fold = (s: string) => s.toLocaleLowerCase();

export function hasTag(tags: readonly string[], tag: string): boolean {
  return tags.some((t) => fold(t) === fold(tag));
}

/** Library tags that start with (or else contain) what was typed, not already on the article. */
export function completions(typed: string, libraryTags: readonly string[], current: readonly string[]): string[] {
  const q = fold(normaliseTag(typed));
  if (!q) return [];
  const open = libraryTags.filter((t) => !hasTag(current, t));
  const starts = open.filter((t) => fold(t).startsWith(q));
  const contains = open.filter((t) => !fold(t).startsWith(q) && fold(t).includes(q));
  return [...starts, ...contains].slice(0, 8);
}

export interface TagSuggestion {
  tag: string;
  kind: Entity['kind'];
  mentions: number;
}

/** People, places and organisations, most mentioned first, that the article is not tagged with. */
export function suggestTags(entities: readonly Entity[], current: readonly string[]): TagSuggestion[] {
  const seen = new Set<string>();
  return entities
    .filter((e) => e.kind !== 'unknown' && e.name.trim().length > 1)
    .map((e) => ({ tag: normaliseTag(e.name), kind: e.kind, mentions: e.mentions.length }))
    .sort((a, b) => b.mentions - a.mentions || a.tag.localeCompare(b.tag))
    .filter((s) => {
      const key = fold(s.tag);
      if (seen.has(key) || hasTag(current, s.tag)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_SUGGESTIONS);
}

export function addTag(raw: string): boolean {
  const article = useArticle.getState().article;
  const tag = normaliseTag(raw);
  if (!article || !tag || hasTag(article.tags, tag) || article.tags.length >= 200) return false;
  useArticle.getState().update({ tags: [...article.tags, tag] });
  return true;
}

export function removeTag(tag: string): void {
  const article = useArticle.getState().article;
  if (!article) return;
  useArticle.getState().update({ tags: article.tags.filter((t) => t !== tag) });
}

interface TagsUiState {
  draft: string;
  setDraft(draft: string): void;
}

export const useTagsStore = create<TagsUiState>()((set) => ({
  draft: '',
  setDraft: (draft) => set({ draft }),
}));
