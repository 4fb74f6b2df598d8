/**
 * sourcing — sentences that state a figure or a superlative ("the largest", "a record") with no
 * attribution near them (info): a copy editor's "says who?".
 *
 * A claim is sourced when its own sentence or a neighbouring sentence of the same paragraph
 * attributes it (said, told, according to, reported, data showed...), or when it sits inside a
 * quotation the quotes checker attributed to someone. Quoted sentences are otherwise the quotes
 * checker's business, and paragraphs that are page furniture are skipped.
 *
 * Figures that need a source are amounts of money, percentages and counts of ten or more;
 * years, dates, times, ages, ordinals and scores are not claims.
 */
import type { Checker, ParagraphContext } from './checker.ts';
import { sentencesIn } from './doc.ts';
import type { SentenceSpan } from './doc.ts';
import { paragraphClass } from './furniture/classify.ts';
import { findingId } from './ids.ts';
import { countStartingBefore } from './sorted.ts';
import type { NumberToken } from './numbers/parse.ts';
import { numbersOfSentence } from './numbers/parse.ts';
import type { Finding, Quote } from './types.ts';

// Module constants, not literals in the functions below: a regex literal in a function body makes
// a new RegExp object each time it is evaluated, and these run for every paragraph or sentence.
const DIGIT = /\d/;

export interface SentenceClaim {
  /** Paragraph-relative sentence span. */
  start: number;
  end: number;
  /** What makes it a claim: the figure or superlative phrase, sentence-relative. */
  claim: string;
  attributed: boolean;
  quoted: boolean;
}

export interface SourcingFacts {
  /**
   * The paragraph's claims that nothing in the paragraph sources: not quoted, and neither their
   * sentence nor a neighbouring one attributed. Decided here, once per paragraph text, so that
   * decide only checks these few against the article's attributed quotes.
   */
  unsourced: SentenceClaim[];
}

const ATTRIBUTION = new RegExp(
  '\\b(?:said|says|say|saying|told|tells|according to|reported|reports|reporting|announced|announces|estimated|estimates|' +
    'showed|shows|found|finds|revealed|published|stated|confirmed|confirms|claimed|claims|cited|citing|quoted|added|noted|warned|' +
    'data|figures|statistics|survey|poll|study|census|report|records show|sources|per the|' +
    'officials|authorities|police|prosecutors|organi[sz]ers|spokes(?:man|woman|person))\\b',
  'i',
);
const SUPERLATIVE = new RegExp(
  '\\b(?:(?:the|its|their|his|her|a|an)\\s+(?:\\p{L}+\\s+)?(?:largest|biggest|highest|lowest|smallest|deadliest|worst|best|fastest|strongest|weakest|' +
    'richest|poorest|busiest|hottest|coldest|warmest|wettest|driest|longest|oldest|heaviest|costliest|greatest|most\\s+(?!of\\b)\\p{L}+|least\\s+(?!of\\b)\\p{L}+)' +
    '|(?:a|an|the|new)\\s+(?:all-time\\s+)?record(?:[-\\s](?:high|low|number|level|breaking))?|all-time (?:high|low)|unprecedented|ever recorded)\\b',
  'iu',
);
const SUPERLATIVE_HINT = /est\b|\bmost\b|\bleast\b|\brecord|\ball-time\b|\bunprecedented\b|\bever\b|\bworst\b/i;
/** SUPERLATIVE_HINT for every match in a paragraph (see hintedSentences). */
const SUPERLATIVE_HINTS = new RegExp(SUPERLATIVE_HINT.source, 'gi');
// A quote mark: ["“”«»], or ' or ‘ opening a capitalised word. Split in two tests, since the
// alternative starting with (?:^|\s) made the one pattern try every position of the sentence;
// the second runs only when the quick /['‘][A-Z]/ finds a candidate.
const DOUBLE_QUOTE_MARK = /["“”«»]/;
const SINGLE_QUOTE_CAPITAL = /['‘][A-Z]/;
const SINGLE_QUOTE_OPENING = /(?:^|\s)['‘][A-Z]/;

function hasQuoteMark(sentence: string): boolean {
  return DOUBLE_QUOTE_MARK.test(sentence) || (SINGLE_QUOTE_CAPITAL.test(sentence) && SINGLE_QUOTE_OPENING.test(sentence));
}

/**
 * Which sentences SUPERLATIVE_HINT matches, found in one pass over the paragraph instead of one
 * test per sentence. Exact: a hint match holds no white space, so it lies inside one sentence,
 * and only white space separates sentences, so \b reads the same at their edges. `test` (no
 * match array) leaves lastIndex after the match, so its last character tells the sentence; the
 * search then resumes after that sentence. `hinted[k]` is true for sentence k; null for none.
 */
function hintedSentences(paragraph: string, spans: readonly SentenceSpan[]): boolean[] | null {
  let hinted: boolean[] | null = null;
  let k = 0;
  SUPERLATIVE_HINTS.lastIndex = 0;
  while (k < spans.length && SUPERLATIVE_HINTS.test(paragraph)) {
    const last = SUPERLATIVE_HINTS.lastIndex - 1;
    while (k < spans.length && spans[k]!.end <= last) k++;
    if (k === spans.length) break;
    if (spans[k]!.start <= last) (hinted ??= [])[k] = true;
    SUPERLATIVE_HINTS.lastIndex = spans[k]!.end;
    k++;
  }
  return hinted;
}

/** Money, percentages and counts of ten or more need a source; the first one is the claim. */
function isClaimFigure(n: NumberToken): boolean {
  return n.kind === 'money' || n.kind === 'percent' || (n.kind === 'count' && n.value >= 10);
}

function scan(paragraph: string, context?: ParagraphContext): SourcingFacts {
  // Most paragraphs hold no figure and no superlative: skip them before splitting sentences.
  if (!DIGIT.test(paragraph) && !SUPERLATIVE_HINT.test(paragraph)) return { unsourced: [] };
  if (paragraphClass(paragraph, context).kinds.length > 0) return { unsourced: [] };
  const spans = sentencesIn(paragraph, context);
  const hinted = hintedSentences(paragraph, spans);
  const claims: string[] = [];
  for (let j = 0; j < spans.length; j++) {
    const s = spans[j]!;
    // Cheap tests first: most sentences have neither a digit nor a superlative keyword. Tokens
    // are read independently, so the first claim among all of them is the first one read.
    const figure = !DIGIT.test(s.text) ? undefined : numbersOfSentence(s, j, context).find(isClaimFigure);
    const superlative = hinted?.[j] ? SUPERLATIVE.exec(s.text)?.[0] : undefined;
    claims.push((figure ? s.text.slice(figure.start, figure.end) : superlative) ?? '');
  }
  // Attribution is read only around a claim that is not quoted, each sentence at most once:
  // the long attribution pattern was the most of this scan when it ran on every sentence.
  const attributed: (boolean | undefined)[] = [];
  const isAttributed = (k: number): boolean => k >= 0 && k < spans.length && (attributed[k] ??= ATTRIBUTION.test(spans[k]!.text));
  const unsourced: SentenceClaim[] = [];
  for (let k = 0; k < spans.length; k++) {
    const claim = claims[k]!;
    if (claim === '' || hasQuoteMark(spans[k]!.text) || isAttributed(k) || isAttributed(k - 1) || isAttributed(k + 1)) continue;
    unsourced.push({ start: spans[k]!.start, end: spans[k]!.end, claim, attributed: false, quoted: false });
  }
  return { unsourced };
}

/**
 * Whether [start, end) overlaps a quote someone is said to have spoken: one binary search over
 * the quotes ordered by start, with the furthest end reached so far, instead of a pass over
 * every quote for every claim.
 */
function attributedQuoteOverlap(quotes: readonly Quote[]): (start: number, end: number) => boolean {
  const spoken = quotes.filter((q) => q.speaker).sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  for (const q of spoken) furthestEnd.push(Math.max(q.end, furthestEnd[furthestEnd.length - 1] ?? -Infinity));
  return (start, end) => {
    // The last quote starting before `end`; any of those up to it reaching past `start` overlaps.
    const lo = countStartingBefore(spoken.length, (i) => spoken[i]!.start, end);
    return lo > 0 && furthestEnd[lo - 1]! > start;
  };
}

export const sourcingChecker: Checker<SourcingFacts> = {
  check: 'sourcing',
  scan,
  decide({ doc, facts, quotes }) {
    const findings: Finding[] = [];
    // Built on the first claim to check: most paragraphs (often the whole article) have none.
    let overlap: ((start: number, end: number) => boolean) | undefined;
    const insideAttributedQuote = (start: number, end: number): boolean => (overlap ??= attributedQuoteOverlap(quotes))(start, end);
    facts.forEach((f, i) => {
      const base = doc.paragraphs[i]!.start;
      if (f.unsourced.length === 0) return;
      f.unsourced.forEach((s) => {
        const start = base + s.start;
        const end = base + s.end;
        if (insideAttributedQuote(start, end)) return;
        const text = doc.text.slice(start, end);
        findings.push({
          id: findingId('sourcing', text.replace(/\s+/g, ' ')),
          check: 'sourcing',
          severity: 'info',
          message: `"${s.claim}" is stated with no source nearby; say who says so.`,
          start,
          end,
          text,
        });
      });
    });
    return { findings };
  },
};
