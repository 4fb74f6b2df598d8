/**
 * A match result ("Rovers beat City 3-1") fixes how many goals each side scored. A side's own
 * count stated elsewhere ("We scored two good goals", "City scored twice") must be one of the
 * two totals, and no single player can score more than the winning total. Only articles with
 * one result are checked: with several matches it is unclear which a count belongs to.
 */
import { wordValue } from './parse.ts';

export interface ScoreStatement {
  /** Paragraph-relative span of "beat City 3-1". */
  start: number;
  end: number;
  winner: string | null;
  loser: string | null;
  high: number;
  low: number;
  /** The distinct result as written, to tell one match from several. */
  result: string;
}

export interface GoalClaim {
  start: number;
  end: number;
  /** Who the count is about: 'we' / 'they' or a team name, or 'player' for one scorer. */
  who: string;
  goals: number;
}

const TEAM = '(\\p{Lu}[\\p{L}\'’-]*(?:\\s\\p{Lu}[\\p{L}\'’-]*){0,2})';
const RESULT = new RegExp(
  `${TEAM}\\s(beat|defeated|thrashed|edged|overcame|routed|lost to|drew with|were beaten by|was beaten by|were held by|held)\\s${TEAM}\\s(\\d{1,2})\\s?[-–]\\s?(\\d{1,2})\\b`,
  'gu',
);
const ANY_RESULT = /\b(\d{1,2})\s?[-–]\s?(\d{1,2})\b(?!\s*(?:million|billion|per|%|years?|months?|days?|vote))/g;
const COUNT = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)';
const SIDE_GOALS = new RegExp(`\\b(we|they|${TEAM.slice(1, -1)})\\s(?:have\\s|had\\s|only\\s)?scored\\s${COUNT}(?:\\s[\\p{Ll}-]+){0,2}\\sgoals?\\b`, 'giu');
const SIDE_TWICE = new RegExp(`\\b(we|they)\\s(?:only\\s)?scored\\s(once|twice|three times)\\b`, 'giu');
const SIDE_PATTERNS = [SIDE_GOALS, SIDE_TWICE];
// Module constants: a regex literal in a function body makes a new RegExp object per call.
const GOAL_WORD = /scored|netted|hat-trick/i;
const SCORE_LIKE = /\d\s?[-–]\s?\d/;
const PLAYER_GOALS = /\b(?:scored|netted|got)\s(twice|three times|a hat-trick|(\d{1,2}|two|three|four|five|six)\s(?:goals|times))\b/gi;

function goalsOf(word: string): number | null {
  const w = word.toLowerCase();
  if (w === 'once') return 1;
  if (w === 'twice') return 2;
  if (w === 'three times' || w === 'a hat-trick') return 3;
  if (/^\d+$/.test(w)) return Number(w);
  return w === 'one' ? 1 : wordValue(w);
}

export function findScores(paragraph: string): ScoreStatement[] {
  const out: ScoreStatement[] = [];
  if (!SCORE_LIKE.test(paragraph)) return out;
  ANY_RESULT.lastIndex = 0;
  for (let m = ANY_RESULT.exec(paragraph); m; m = ANY_RESULT.exec(paragraph)) {
    out.push({ start: m.index, end: m.index + m[0].length, winner: null, loser: null, high: Math.max(+m[1]!, +m[2]!), low: Math.min(+m[1]!, +m[2]!), result: `${m[1]}-${m[2]}` });
  }
  RESULT.lastIndex = 0;
  for (let m = RESULT.exec(paragraph); m; m = RESULT.exec(paragraph)) {
    const verb = m[2]!;
    const losing = /lost to|beaten by/.test(verb);
    const verbStart = m.index + m[0].indexOf(verb, m[1]!.length);
    const found = out.find((s) => s.end === m.index + m[0].length);
    if (!found) continue;
    found.start = verbStart;
    if (!/drew|held/.test(verb)) {
      found.winner = losing ? m[3]! : m[1]!;
      found.loser = losing ? m[1]! : m[3]!;
    }
  }
  return out;
}

export function findGoalClaims(paragraph: string): GoalClaim[] {
  if (!GOAL_WORD.test(paragraph)) return [];
  const out: GoalClaim[] = [];
  for (let k = 0; k < SIDE_PATTERNS.length; k++) {
    const re = SIDE_PATTERNS[k]!;
    re.lastIndex = 0;
    for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
      const goals = goalsOf(m[2]!);
      if (goals !== null) out.push({ start: m.index, end: m.index + m[0].length, who: m[1]!.toLowerCase(), goals });
    }
  }
  PLAYER_GOALS.lastIndex = 0;
  for (let m = PLAYER_GOALS.exec(paragraph); m; m = PLAYER_GOALS.exec(paragraph)) {
    if (out.some((c) => c.start <= m.index && m.index < c.end)) continue;
    const goals = goalsOf(m[2] ?? m[1]!);
    if (goals !== null) out.push({ start: m.index, end: m.index + m[0].length, who: 'player', goals });
  }
  return out;
}

export interface PlacedSpan {
  start: number;
  end: number;
}

/** The claims that one result rules out, paired with the result. */
export function scoreConflicts<S extends ScoreStatement & PlacedSpan, C extends GoalClaim & PlacedSpan>(
  scores: readonly S[],
  claims: readonly C[],
): [S, C][] {
  const results = new Set(scores.map((s) => s.result));
  if (results.size !== 1 || claims.length === 0) return [];
  const score = scores.find((s) => s.winner) ?? scores[0]!;
  const out: [S, C][] = [];
  for (const c of claims) {
    if (c.start >= score.start && c.end <= score.end) continue;
    let bad: boolean;
    if (c.who === 'player') bad = c.goals > score.high;
    else if (score.winner && c.who === score.winner.toLowerCase()) bad = c.goals !== score.high;
    else if (score.loser && c.who === score.loser.toLowerCase()) bad = c.goals !== score.low;
    else if (c.who === 'we' || c.who === 'they') bad = c.goals !== score.high && c.goals !== score.low;
    else bad = c.goals > score.high; // a named scorer: one player
    if (bad) out.push([score, c]);
  }
  return out;
}
