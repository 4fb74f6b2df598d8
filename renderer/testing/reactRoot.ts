/**
 * For component tests (happy-dom): a React root in a fresh <div> attached to the document, and
 * its removal. Importing this also tells React that the tests wrap their updates in `act`.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface MountedRoot {
  container: HTMLDivElement;
  root: Root;
}

export function mountRoot(): MountedRoot {
  const container = document.createElement('div');
  document.body.append(container);
  return { container, root: createRoot(container) };
}

export function unmountRoot({ container, root }: MountedRoot): void {
  act(() => root.unmount());
  container.remove();
}
