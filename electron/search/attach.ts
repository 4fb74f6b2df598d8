/**
 * Keeps a library's search index current with the library service's own changes. Changes made by
 * other programs reach the index through the folder watcher (electron/watch/) instead.
 */
import type { LibraryEvent, LibraryEvents } from '../library/events.ts';
import type { LibraryIndex } from './libraryIndex.ts';

export function indexOnLibraryEvents(index: LibraryIndex, events: LibraryEvents): () => void {
  return events.subscribe((event: LibraryEvent) => {
    switch (event.type) {
      case 'created':
      case 'saved':
      case 'restored':
        index.articleWritten(event.article);
        break;
      case 'trashed':
      case 'purged':
        index.articleRemoved(event.id);
        break;
      case 'renamed':
        break; // the 'saved' event before it already carried the new title
    }
  });
}
