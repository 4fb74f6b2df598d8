/**
 * The sidebar search: what the user typed, the date and sort choices, and the results for the
 * latest query. Status and tag come from the library's filter bar (stores/library.ts), so one
 * set of filters narrows both the list and the search. A response that arrives after a newer
 * query was sent is dropped, so results never jump back to an older query.
 */
import { create } from 'zustand';
import type { SearchInput, SearchResults } from '../../shared/contract/libraryScale.ts';
import { call } from '../api/client.ts';
import { useLibrary } from '../stores/library.ts';

export type SortChoice = NonNullable<SearchInput['sort']>;
export type SinceChoice = 'any' | 'day' | 'week' | 'month' | 'year';

export const SINCE_LABELS: Record<SinceChoice, string> = {
  any: 'Any time',
  day: 'Past day',
  week: 'Past week',
  month: 'Past month',
  year: 'Past year',
};
const SINCE_MS: Record<Exclude<SinceChoice, 'any'>, number> = {
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 31 * 86_400_000,
  year: 366 * 86_400_000,
};

export const PAGE = 30;

export interface SearchState {
  query: string;
  sort: SortChoice;
  since: SinceChoice;
  results: SearchResults | null;
  searching: boolean;
  error: string | null;
  setQuery(query: string): void;
  setSort(sort: SortChoice): void;
  setSince(since: SinceChoice): void;
  clear(): void;
  run(): Promise<void>;
}

/** The request for the current state; null when there is nothing to search for. */
export function searchRequest(s: Pick<SearchState, 'query' | 'sort' | 'since'>, now = Date.now()): SearchInput | null {
  if (s.query.trim() === '') return null;
  const { statusFilter, tagFilter } = useLibrary.getState();
  const input: SearchInput = { query: s.query, sort: s.sort, limit: PAGE };
  if (statusFilter !== 'all') input.status = [statusFilter];
  if (tagFilter !== null) input.tag = tagFilter;
  if (s.since !== 'any') input.from = new Date(now - SINCE_MS[s.since]).toISOString();
  return input;
}

let sequence = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
/** Wait this long after the last keystroke: fast enough to feel live, without a request per key. */
export const TYPING_DELAY_MS = 120;
/** How often a partial answer (library still being indexed) is asked again. */
export const INDEXING_POLL_MS = 500;

export const useSearch = create<SearchState>()((set, get) => {
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void get().run(), TYPING_DELAY_MS);
  };
  return {
    query: '',
    sort: 'relevance',
    since: 'any',
    results: null,
    searching: false,
    error: null,
    setQuery(query) {
      set({ query });
      if (query.trim() === '') get().clear();
      else schedule();
    },
    setSort(sort) {
      set({ sort });
      schedule();
    },
    setSince(since) {
      set({ since });
      schedule();
    },
    clear() {
      if (timer) clearTimeout(timer);
      sequence++;
      set({ query: '', results: null, searching: false, error: null });
    },
    async run() {
      const request = searchRequest(get());
      const mine = ++sequence;
      if (!request) return;
      set({ searching: true });
      try {
        const results = await call('library.search', request);
        if (mine !== sequence) return;
        set({ results, searching: false, error: null });
        // While the library is still being indexed the answer is partial ("more may appear"):
        // ask again until indexing is done, unless the user has searched for something else.
        if (results.indexing) {
          if (timer) clearTimeout(timer);
          timer = setTimeout(() => {
            if (mine === sequence) void get().run();
          }, INDEXING_POLL_MS);
        }
      } catch (err) {
        if (mine === sequence) set({ searching: false, error: (err as Error).message });
      }
    },
  };
});

// The filter bar's status and tag narrow the search too: re-run when they change.
useLibrary.subscribe((s, prev) => {
  if ((s.statusFilter !== prev.statusFilter || s.tagFilter !== prev.tagFilter) && useSearch.getState().query.trim() !== '') {
    void useSearch.getState().run();
  }
});
