// Integration point owned by the review UI (issue 4): the fact-check, quotes and tags panels
// shown beside the editor. The app shell renders this component in its side column.
export function ReviewPanels(): null {
  return null;
}
