// Integration point owned by the review UI (issue 4): the article status control shown in the
// editor header (draft / in review / approved / published, with the approval guard).
export function StatusControl(): null {
  return null;
}
