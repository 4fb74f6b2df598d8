/**
 * The same quantity restated with another value: "killed 23 people" ... "the death toll of 32";
 * "the 12-member committee" ... "all 14 members"; "about 3000 troops" ... "about 10 troops".
 *
 * Strong keys (a death toll, the number injured, a membership, a fine) are compared outright.
 * A plain noun ("troops") is used so freely for different groups that two values only count
 * as a conflict when one looks like a slip of the other: transposed digits (23 / 32) or two
 * estimates orders of magnitude apart (about 3000 / about 10, a dropped "thousand").
 */
import { findingId } from '../ids.ts';
import type { NumberMention } from './frames.ts';
import type { PlannedFinding, SentenceContext } from './planned.ts';

const STRONG_LABEL: Record<string, string> = {
  deaths: 'The death toll',
  injuries: 'The number of injured',
  members: 'The membership',
  fine: 'The fine',
  workforce: 'The workforce',
  arrests: 'The number of arrests',
  evacuated: 'The number evacuated',
};
// Time spans and scores are counted afresh all the time ("three days of mourning", "30 days to appeal").
const NOISY_HEADS = new Set([
  'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'time', 'point', 'goal', 'game',
  'match', 'round', 'lap', 'set', 'shot', 'vote', 'seat', 'percent', 'cent', 'per', 'other', 'more',
]);

function label(key: string): string | null {
  const base = key.split(':')[0]!;
  if (base === 'money') return `The ${key.split(':')[1]}`;
  if (STRONG_LABEL[base]) return STRONG_LABEL[base]!;
  return null;
}

function boundsAllow(a: NumberMention, b: NumberMention): boolean {
  if (a.value === b.value) return true;
  // Without destructuring into a fresh array: this runs for every pair of mentions of a key.
  const aLower = a.value < b.value;
  const lo = aLower ? a : b;
  const hi = aLower ? b : a;
  if (lo.bound === 'atLeast' || hi.bound === 'atMost') return true;
  if (a.bound === 'about' || b.bound === 'about') return Math.abs(a.value - b.value) <= 0.15 * hi.value;
  return false;
}

const signatures = new Map<number, string>();

/** The digits of a value in sorted order: 23 and 32 share "23". */
function digitSignature(n: number): string {
  let sig = signatures.get(n);
  if (sig === undefined) {
    sig = [...String(n).replace(/\D/g, '')].sort().join('');
    if (signatures.size > 10_000) signatures.clear();
    signatures.set(n, sig);
  }
  return sig;
}

function looksLikeSlip(a: NumberMention, b: NumberMention): boolean {
  if (a.form !== 'digits' || b.form !== 'digits') return false;
  if (a.bound !== b.bound) return false;
  const da = digitSignature(a.value);
  if (da.length >= 2 && da === digitSignature(b.value)) return true;
  const ratio = Math.max(a.value, b.value) / Math.min(a.value, b.value);
  return a.bound === 'about' && b.bound === 'about' && ratio >= 100;
}

/** What the sentence of the mention at this index (in reading order) says about it. */
type Context = (index: number) => SentenceContext;

/** `plainNoun`: the key is a "head:" key, told once per key rather than for every pair. */
function conflicting(key: string, plainNoun: boolean, mentions: readonly NumberMention[], i: number, j: number, context: Context): boolean {
  const a = mentions[i]!;
  const b = mentions[j]!;
  if (a.part || b.part) return false;
  // A plain noun needs a slip; test that first, as it rules out almost every pair cheaply.
  // (The key's noisy heads never reach here: restatementConflicts skips them.)
  if (plainNoun && !looksLikeSlip(a, b)) return false;
  if (boundsAllow(a, b)) return false;
  if (key === 'members' && a.owner && b.owner && a.owner !== b.owner) return false;
  // Arrests and evacuations are often counted per place or per day: compare them only when one
  // figure is given as the total ("the 23 detainees") or looks like a slip.
  if ((key === 'arrests' || key === 'evacuated') && !(a.definite || b.definite || looksLikeSlip(a, b))) return false;
  const ca = context(i);
  const cb = context(j);
  return !(ca.update || cb.update || ca.otherEvent || cb.otherEvent);
}

/** Time spans and other noisy heads: no two of their values are ever a conflict. */
function neverConflicts(key: string): boolean {
  return key.startsWith('head:') && NOISY_HEADS.has(key.slice(5));
}

/**
 * `mentions` in reading order; spans are given as indices into it (phrases), so the same result
 * holds wherever the paragraphs move.
 */
export function restatementConflicts(mentions: readonly NumberMention[], context: Context): PlannedFinding[] {
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < mentions.length; i++) {
    const key = mentions[i]!.key;
    if (!key) continue;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  }
  const findings: PlannedFinding[] = [];
  for (const [key, list] of byKey) {
    if (list.length < 2 || neverConflicts(key)) continue;
    const plainNoun = key.startsWith('head:');
    let found: [number, number] | null = null;
    for (let i = 0; i < list.length && !found; i++) {
      for (let j = i + 1; j < list.length && !found; j++) {
        if (conflicting(key, plainNoun, mentions, list[i]!, list[j]!, context)) found = [list[i]!, list[j]!];
      }
    }
    if (!found) continue;
    const [ia, ib] = found;
    const a = mentions[ia]!;
    const b = mentions[ib]!;
    const others = list.filter((k) => k !== ia && k !== ib && mentions[k]!.value !== a.value && conflicting(key, plainNoun, mentions, ia, k, context));
    const what = label(key) ?? `The number of ${key.slice(5)}s`;
    findings.push({
      id: findingId('numbers', key, String(a.value), String(b.value)),
      severity: 'error',
      message: `${what} is given as ${a.raw} ("${a.text}") and as ${b.raw} ("${b.text}"), with nothing saying it changed; check which is right.`,
      span: 'phrase',
      mentions: [ia, ib, ...others],
    });
  }
  return findings;
}
