// Integration point owned by the review UI (issue 4): editor plugins (finding highlights, flags)
// rendered inside the LexicalComposer by the editor.
export function ReviewEditorPlugins(): null {
  return null;
}
