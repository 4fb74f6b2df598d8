/**
 * For the recovery tests: the in-memory fake host (stores/testTransport.ts) plus the crash
 * journal, kept in a Map the way the library keeps `.copydesk/journal/<id>.json`.
 */
import type { ArticleChanges, JournalEntry } from '../../shared/contract/api.ts';
import { fakeHost, type FakeHost } from '../stores/testTransport.ts';
import type { Article } from '../../shared/article/schema.ts';

export interface JournalHost extends FakeHost {
  journal: Map<string, JournalEntry>;
}

export function journalHost(initial: Article[]): JournalHost {
  const inner = fakeHost(initial);
  const journal = new Map<string, JournalEntry>();
  let clock = Date.parse('2026-11-29T10:00:00.000Z');
  return {
    ...inner,
    journal,
    async send(method, input) {
      const i = input as { id: string; baseRevision: number; changes: ArticleChanges };
      if (method === 'journal.write') {
        inner.calls.push({ method, input });
        const writtenAt = new Date((clock += 1000)).toISOString();
        journal.set(i.id, { id: i.id, baseRevision: i.baseRevision, changes: i.changes, writtenAt });
        return { ok: true, value: { writtenAt } };
      }
      if (method === 'journal.list') {
        inner.calls.push({ method, input });
        return { ok: true, value: { entries: [...journal.values()] } };
      }
      if (method === 'journal.discard') {
        inner.calls.push({ method, input });
        journal.delete(i.id);
        return { ok: true, value: { id: i.id } };
      }
      const response = await inner.send(method, input);
      // As the library does: a successful save clears the entry it covered.
      if (method === 'article.save' && (response as { ok: boolean }).ok) journal.delete(i.id);
      return response;
    },
  };
}
