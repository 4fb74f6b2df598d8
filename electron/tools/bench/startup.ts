// Issue 2's numbers (web host start → editable article, empty and 1,000 articles; 5,000-word
// save) live with the e2e code because they drive the real UI in Chromium.
export { run } from '../../../e2e/bench/startToEditable.ts';
