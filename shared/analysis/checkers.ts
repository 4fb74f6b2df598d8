/**
 * The registry of checkers, in the order the engine runs them. Order matters: names first (its
 * entities feed everything after it), quotes second (its speakers use entities; its quotes feed
 * the rest), then the checks that may use both.
 *
 * A new checker is added here and nowhere else; the engine, the CLI and the eval tools all read
 * this list.
 */
import type { Checker } from './checker.ts';
import { acronymsChecker } from './acronyms.ts';
import { furnitureChecker } from './furniture.ts';
import { namesChecker } from './names.ts';
import { numbersChecker } from './numbers.ts';
import { quotesChecker } from './quotes.ts';
import { sourcingChecker } from './sourcing.ts';
import { styleBookChecker } from './styleBook.ts';

export const CHECKERS: readonly Checker[] = [
  namesChecker,
  quotesChecker,
  styleBookChecker,
  numbersChecker,
  acronymsChecker,
  furnitureChecker,
  sourcingChecker,
];
