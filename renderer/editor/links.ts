/** Which link targets the body may hold: web pages and e-mail addresses, nothing executable. */
export function isSafeLinkUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' || parsed.protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** What a person typed into the link box, as a URL: "example.com" → "https://example.com". */
export function normaliseLinkInput(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return isSafeLinkUrl(trimmed) ? trimmed : null;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) return `mailto:${trimmed}`;
  const candidate = `https://${trimmed}`;
  return /^[^\s]+\.[^\s]+$/.test(trimmed) && isSafeLinkUrl(candidate) ? candidate : null;
}
