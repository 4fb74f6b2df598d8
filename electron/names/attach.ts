/** Keeps the name index current with the library service's own changes. */
import type { LibraryEvents } from '../library/events.ts';
import type { NameIndex } from './nameIndex.ts';

export function namesOnLibraryEvents(names: NameIndex, events: LibraryEvents): () => void {
  return events.subscribe((event) => {
    if (event.type === 'created' || event.type === 'saved' || event.type === 'restored') names.articleWritten(event.article);
    else if (event.type === 'trashed' || event.type === 'purged') names.articleRemoved(event.id);
  });
}
