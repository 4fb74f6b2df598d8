// Integration point owned by the review UI (issue 4): editor plugins rendered inside the
// LexicalComposer by the editor — the analysis feed, finding highlights and editor flags.
import type { ReactNode } from 'react';
import { AnalysisPlugin } from '../analysis/AnalysisPlugin.tsx';
import { FlagsPlugin } from '../flags/FlagsPlugin.tsx';
import { HighlightsPlugin } from './highlights/HighlightsPlugin.tsx';
import './review.css';

export function ReviewEditorPlugins(): ReactNode {
  return (
    <>
      <AnalysisPlugin />
      <HighlightsPlugin />
      <FlagsPlugin />
    </>
  );
}
