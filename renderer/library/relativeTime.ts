/**
 * "just now", "5 min ago", "yesterday", "3 Mar" — when an article was last edited. The list
 * formats a date for every article, so the Intl formatters are made once per locale (making
 * one is far slower than using it: a 1,000-article list spent seconds here).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function relativeTime(iso: string, now: Date = new Date(), locale?: string): string {
  const then = new Date(iso);
  const diff = now.getTime() - then.getTime();
  if (Number.isNaN(diff)) return '';
  if (diff < MINUTE) return 'just now';
  if (diff < HOUR) return `${Math.floor(diff / MINUTE)} min ago`;
  const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  if (then.getTime() >= startOfToday) return `${Math.floor(diff / HOUR)} h ago`;
  if (then.getTime() >= startOfToday - DAY) return 'yesterday';
  if (then.getFullYear() === now.getFullYear()) {
    return formatter(locale, { day: 'numeric', month: 'short' }).format(then);
  }
  return formatter(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(then);
}

/** The full date and time, for a tooltip and screen readers. */
export function fullTime(iso: string, locale?: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : formatter(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
