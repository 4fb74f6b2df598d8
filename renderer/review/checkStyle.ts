/** How each check is named and coloured across the highlights and the panels. */
import type { CheckName, Severity } from '../../shared/analysis/types.ts';

export const CHECK_LABEL: Record<CheckName, string> = {
  names: 'Names',
  'style-book': 'House style',
  quotes: 'Quotes',
  numbers: 'Numbers',
  acronyms: 'Acronyms',
  furniture: 'Page furniture',
  sourcing: 'Sourcing',
};

/** Highlight names registered with CSS.highlights; review.css gives each its underline colour. */
export function highlightName(check: CheckName): string {
  return `cd-${check}`;
}

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
