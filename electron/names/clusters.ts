/**
 * Library-wide name clusters: every spelling of every name across the library, grouped into the
 * entities they name. Two spellings are one entity when the engine grouped them inside one
 * article, or when they match by the strict cross-article rule of spelling.ts. Pure: built from
 * the per-article names, so it is simply rebuilt when they change.
 */
import type { ArticleName } from './extract.ts';
import { blockingKeys, sameSpelledName } from './spelling.ts';

export interface SpellingUse {
  text: string;
  /** Articles using this spelling → mentions in each. */
  articles: Map<string, number>;
}

export interface NameCluster {
  spellings: SpellingUse[];
}

class UnionFind {
  readonly parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

export function buildClusters(perArticle: ReadonlyMap<string, readonly ArticleName[]>): NameCluster[] {
  const uses = new Map<string, SpellingUse>();
  const uf = new UnionFind();
  for (const [id, names] of perArticle) {
    for (const name of names) {
      const first = name.spellings[0]?.text;
      for (const s of name.spellings) {
        let use = uses.get(s.text);
        if (!use) uses.set(s.text, (use = { text: s.text, articles: new Map() }));
        use.articles.set(id, (use.articles.get(id) ?? 0) + s.count);
        if (first !== undefined) uf.union(first, s.text);
      }
    }
  }
  // Compare spellings that share the sound of at least one word; never all pairs.
  const blocks = new Map<string, string[]>();
  for (const text of uses.keys()) {
    for (const key of new Set(blockingKeys(text))) {
      const list = blocks.get(key);
      if (list) list.push(text);
      else blocks.set(key, [text]);
    }
  }
  for (const list of blocks.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as string;
        const b = list[j] as string;
        if (uf.find(a) !== uf.find(b) && sameSpelledName(a, b)) uf.union(a, b);
      }
    }
  }
  const byRoot = new Map<string, SpellingUse[]>();
  for (const use of uses.values()) {
    const root = uf.find(use.text);
    const list = byRoot.get(root);
    if (list) list.push(use);
    else byRoot.set(root, [use]);
  }
  return [...byRoot.values()].map((spellings) => ({ spellings: spellings.sort(byUse) }));
}

const hasDiacritics = (s: string) => /[^ -~]/.test(s);
const mentions = (u: SpellingUse, without?: string) => [...u.articles].reduce((n, [id, c]) => (id === without ? n : n + c), 0);
const articleCount = (u: SpellingUse, without?: string) => u.articles.size - (without !== undefined && u.articles.has(without) ? 1 : 0);

/** Most articles first, then most mentions, then the careful spelling (with diacritics), then A–Z. */
function byUse(a: SpellingUse, b: SpellingUse): number {
  return articleCount(b) - articleCount(a) || mentions(b) - mentions(a) || Number(hasDiacritics(b.text)) - Number(hasDiacritics(a.text)) || a.text.localeCompare(b.text);
}

/** The library's form of a cluster, counting only articles other than `without`. */
export function libraryForm(cluster: NameCluster, without?: string): SpellingUse | null {
  const candidates = cluster.spellings.filter((s) => articleCount(s, without) > 0);
  if (candidates.length === 0) return null;
  return [...candidates].sort(
    (a, b) => articleCount(b, without) - articleCount(a, without) || mentions(b, without) - mentions(a, without) || Number(hasDiacritics(b.text)) - Number(hasDiacritics(a.text)) || a.text.localeCompare(b.text),
  )[0] as SpellingUse;
}

export { articleCount };
