/** What stands between an article and "approved": error-level findings and open flags. */
import type { Finding } from '../../shared/analysis/types.ts';
import type { Flag } from '../../shared/article/schema.ts';

export interface Blockers {
  errors: Finding[];
  openFlags: Flag[];
}

export function approvalBlockers(findings: readonly Finding[], flags: readonly Flag[]): Blockers {
  return {
    errors: findings.filter((f) => f.severity === 'error'),
    openFlags: flags.filter((f) => f.status === 'open'),
  };
}

export function hasBlockers(b: Blockers): boolean {
  return b.errors.length > 0 || b.openFlags.length > 0;
}
