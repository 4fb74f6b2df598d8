/**
 * A place in the editor toolbar for buttons that belong to other parts of the app (the review
 * UI's "Flag" button, say). Render `<ToolbarSlot>…</ToolbarSlot>` anywhere inside the editor
 * (for instance from ReviewEditorPlugins, which has the Lexical composer context) and the
 * children appear at the end of the toolbar.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { create } from 'zustand';

interface SlotState {
  target: HTMLElement | null;
  setTarget(target: HTMLElement | null): void;
}

const useSlot = create<SlotState>()((set) => ({ target: null, setTarget: (target) => set({ target }) }));

/** Rendered by the toolbar: where slot contents go. */
export function ToolbarSlotTarget(): ReactNode {
  const [el, setEl] = useState<HTMLSpanElement | null>(null);
  useEffect(() => {
    useSlot.getState().setTarget(el);
    return () => useSlot.getState().setTarget(null);
  }, [el]);
  return <span className="toolbar-slot" ref={setEl} />;
}

export function ToolbarSlot({ children }: { children: ReactNode }): ReactNode {
  const target = useSlot((s) => s.target);
  return target ? createPortal(children, target) : null;
}
