/**
 * furniture — text that came in with the web page rather than the article: comment and
 * navigation labels, contact blocks, addresses, phone numbers, e-mail lines, copyright lines,
 * donation and subscription appeals, the site's blurb, stray tag labels.
 *
 * One finding (warning, suggestion '' = remove) per contiguous block. A block starts at a
 * paragraph that is clearly furniture; it takes in neighbouring short labels and, between two
 * furniture paragraphs, up to two paragraphs that do not read like story text (the site blurb
 * sandwiched between "Recent ones" and "Contact Us"). A lone capitalised word on its own line
 * that the article never mentions (a "Japan" tag under the headline) is reported as a stray
 * label (info); the first line is left alone, since it is usually the dateline ("Kyiv").
 */
import type { Checker } from './checker.ts';
import type { FurnitureKind, ParagraphClass } from './furniture/classify.ts';
import { paragraphClass } from './furniture/classify.ts';
import { findingId } from './ids.ts';
import type { Finding } from './types.ts';

const DESCRIBE: Record<FurnitureKind, string> = {
  navigation: 'page labels',
  contact: 'a contact block',
  address: 'an address',
  phone: 'a phone number',
  email: 'an e-mail address',
  copyright: 'a copyright line',
  appeal: 'a donation appeal',
  blurb: "the site's blurb",
};

// Words that legitimately stand alone as crossheads in a story.
const CROSSHEADS = /^(?:background|context|reaction|analysis|timeline|update|updates|comment|opinion|explainer|key facts|the facts|what next|why it matters|the numbers|in brief|correction|editor's note)$/i;

const isFurniture = (c: ParagraphClass) => c.kinds.length > 0;

export const furnitureChecker: Checker<ParagraphClass> = {
  check: 'furniture',
  scan: paragraphClass,
  decide({ doc, facts }) {
    const findings: Finding[] = [];
    const n = facts.length;
    const inBlock = new Array<boolean>(n).fill(false);
    let i = 0;
    const strong = (k: number) => isFurniture(facts[k]!);
    const label = (k: number) => facts[k]!.shortLine && facts[k]!.words <= 4 && !facts[k]!.storyLike;
    while (i < n) {
      if (!strong(i)) {
        i++;
        continue;
      }
      const first = i;
      let last = i;
      let j = i + 1;
      while (j < n) {
        if (strong(j) || label(j)) {
          last = j++;
          continue;
        }
        // Bridge up to two paragraphs that do not read like the story when furniture follows.
        let k = j;
        while (k < n && k < j + 2 && !strong(k) && !facts[k]!.storyLike) k++;
        if (k > j && k < n && strong(k)) {
          last = k;
          j = k + 1;
          continue;
        }
        break;
      }
      for (let k = first; k <= last; k++) inBlock[k] = true;
      const start = doc.paragraphs[first]!.start;
      const end = doc.paragraphs[last]!.end;
      const text = doc.text.slice(start, end);
      const kinds = [...new Set(facts.slice(first, last + 1).flatMap((c) => c.kinds))];
      findings.push({
        id: findingId('furniture', text.replace(/\s+/g, ' ').toLowerCase()),
        check: 'furniture',
        severity: 'warning',
        message: `This looks like part of the web page, not the article (${kinds.map((k) => DESCRIBE[k]).join(', ')}); remove it.`,
        start,
        end,
        text,
        suggestion: '',
      });
      i = last + 1;
    }
    findings.push(...strayLabels(doc.text, doc.paragraphs, facts, inBlock));
    return { findings: findings.sort((a, b) => a.start - b.start) };
  },
};

/**
 * A short line that belongs to a list ("Officials listed three priorities:" then one item a
 * line) is the story's own: the line before it introduces it with a colon, or a neighbour is
 * another short item outside any furniture block.
 */
function inList(
  paragraphs: readonly { text: string }[],
  facts: readonly ParagraphClass[],
  inBlock: readonly boolean[],
  i: number,
): boolean {
  const shortItem = (k: number) =>
    k >= 1 && k < paragraphs.length && !inBlock[k] && facts[k]!.words <= 4;
  if (/:\s*$/.test(paragraphs[i - 1]?.text ?? '')) return true;
  return shortItem(i - 1) || shortItem(i + 1);
}

function strayLabels(
  text: string,
  paragraphs: readonly { start: number; end: number; text: string }[],
  facts: readonly ParagraphClass[],
  inBlock: readonly boolean[],
): Finding[] {
  const out: Finding[] = [];
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const label = p.text.trim();
    if (inBlock[i] || facts[i]!.words > 2 || CROSSHEADS.test(label)) continue;
    if (inList(paragraphs, facts, inBlock, i)) continue;
    if (!/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u.test(label)) continue;
    const mentioned = label.split(/\s/).some((w) => {
      const re = new RegExp(`(?<![\\p{L}])${w.replace(/[-'’]/g, '.')}(?![\\p{L}])`, 'iu');
      return re.test(text.slice(0, p.start)) || re.test(text.slice(p.end));
    });
    if (mentioned) continue;
    out.push({
      id: findingId('furniture', 'label', label),
      check: 'furniture',
      severity: 'info',
      message: `"${label}" stands alone on a line and the article never mentions it; it looks like a tag or section label from the web page.`,
      start: p.start + p.text.indexOf(label),
      end: p.start + p.text.indexOf(label) + label.length,
      text: label,
      suggestion: '',
    });
  }
  return out;
}
