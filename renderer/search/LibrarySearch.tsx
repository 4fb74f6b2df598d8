// Integration point owned by the library-scale work (issue 5): the search box at the top of the
// library sidebar, with results as the user types.
export function LibrarySearch(): null {
  return null;
}
