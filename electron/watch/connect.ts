/** Feeds the folder watcher's reports into the library's search index. */
import type { LibraryIndex } from '../search/libraryIndex.ts';
import type { FolderChange } from './libraryWatcher.ts';

export function indexFolderChanges(index: LibraryIndex, changes: readonly FolderChange[]): void {
  // The index re-reads a file only when its stamp differs from what it indexed, so the app's
  // own saves (already indexed through the library's events) cost one stat here.
  for (const change of changes) index.fileChanged(change.id);
}
