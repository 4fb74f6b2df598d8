/**
 * One term's postings in one field — which articles (MiniSearch's short ids) hold the term, and
 * how often — in place of the `Map<shortId, freq>` MiniSearch 7.2 keeps there. A Map costs about
 * 40 bytes of JS heap an entry: 1.1 million entries, about 46 MB, for 10,000 generated articles,
 * most of the web host's retained heap. Here an entry is two 32-bit integers in one Int32Array
 * (8 bytes, outside the JS heap, so building the index no longer fills the young generation with
 * survivors); a short list stays a plain array of small integers, because a typed array's own
 * objects (about 200 bytes) outweigh a few entries.
 *
 * It speaks the part of Map's interface that MiniSearch (add, remove, search, vacuum, toJSON) and
 * allWords.ts use: size, get, has, set, delete, keys, iteration over [id, freq]. Ids are kept in
 * ascending order: MiniSearch hands them out in increasing order, so adding is an append, and a
 * look-up is a binary search. A deleted entry keeps its place with a frequency of 0 until the next
 * insertion compacts the list, so deleting while iterating (MiniSearch's vacuum does) is safe.
 */

/** Below this many entries the list is a plain array (see above). */
const SMALL = 24;
/** Spare room (in numbers) worth giving back: 4 KB. */
const TRIM_SLACK = 1024;

export class Postings {
  /** [id0, freq0, id1, freq1, ...] for `#used` entries; ids ascending; freq 0 = deleted. */
  #data: number[] | Int32Array;
  #used = 0;
  #live = 0;
  /** Where the last look-up or iteration was: MiniSearch asks for the entry it just iterated to. */
  #hint = 0;

  constructor() {
    this.#data = [];
  }

  /** A list of `count` entries read from `src` ([id, freq, ...] from `start`; ids ascending, freqs ≥ 1). */
  static fromPairs(src: ArrayLike<number>, start: number, count: number): Postings {
    const p = new Postings();
    const data = count < SMALL ? new Array<number>(count * 2) : new Int32Array(count * 2);
    let last = -1;
    for (let k = 0; k < count * 2; k += 2) {
      const id = src[start + k]!;
      const freq = src[start + k + 1]!;
      if (!Number.isInteger(id) || id <= last || !Number.isInteger(freq) || freq < 1) throw new Error('postings out of order or of the wrong shape');
      data[k] = id;
      data[k + 1] = freq;
      last = id;
    }
    p.#data = data;
    p.#used = p.#live = count;
    return p;
  }

  get size(): number {
    return this.#live;
  }

  get(id: number): number | undefined {
    const i = this.#find(id);
    if (i < 0) return undefined;
    const freq = this.#data[i * 2 + 1]!;
    return freq > 0 ? freq : undefined;
  }

  has(id: number): boolean {
    return this.get(id) !== undefined;
  }

  set(id: number, freq: number): this {
    if (!Number.isInteger(freq) || freq < 1) throw new RangeError(`a term frequency is a whole number ≥ 1, not ${freq}`);
    const used = this.#used;
    if (used === 0 || this.#data[(used - 1) * 2]! < id) {
      this.#append(id, freq);
      return this;
    }
    const i = this.#find(id);
    if (i >= 0) {
      if (this.#data[i * 2 + 1] === 0) this.#live++;
      this.#data[i * 2 + 1] = freq;
    } else {
      this.#insert(id, freq);
    }
    return this;
  }

  delete(id: number): boolean {
    const i = this.#find(id);
    if (i < 0 || this.#data[i * 2 + 1] === 0) return false;
    this.#data[i * 2 + 1] = 0;
    this.#live--;
    return true;
  }

  *keys(): Generator<number, undefined, undefined> {
    for (let i = 0; i < this.#used; i++) {
      if (this.#data[i * 2 + 1] === 0) continue;
      this.#hint = i;
      yield this.#data[i * 2]!;
    }
  }

  *entries(): Generator<[number, number], undefined, undefined> {
    for (let i = 0; i < this.#used; i++) {
      const freq = this.#data[i * 2 + 1]!;
      if (freq === 0) continue;
      this.#hint = i;
      yield [this.#data[i * 2]!, freq];
    }
  }

  /** Map's forEach (frequency, id): the search's hot loops, with no pair or generator per entry. */
  forEach(visit: (freq: number, id: number) => void): void {
    const d = this.#data;
    for (let i = 0; i < this.#used; i++) {
      const freq = d[i * 2 + 1]!;
      if (freq !== 0) visit(freq, d[i * 2]!);
    }
  }

  [Symbol.iterator](): Generator<[number, number], undefined, undefined> {
    return this.entries();
  }

  /**
   * Gives back the spare room of a long list (after a build). Short lists are left as they are:
   * copying thousands of small arrays right after a build is enough surviving garbage for V8 to
   * grow the young generation to its maximum (about 60 MB more RSS, measured).
   */
  trim(): void {
    const d = this.#data;
    if (Array.isArray(d) || d.length - this.#used * 2 < TRIM_SLACK) return;
    if (this.#live < this.#used) this.#compact();
    this.#data = d.slice(0, this.#used * 2);
  }

  /** The entry's index, or -1. */
  #find(id: number): number {
    const d = this.#data;
    const h = this.#hint;
    if (h < this.#used && d[h * 2] === id) return h;
    let lo = 0;
    let hi = this.#used - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = d[mid * 2]!;
      if (at === id) return (this.#hint = mid);
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  #append(id: number, freq: number): void {
    if (this.#used - this.#live > this.#live) this.#compact();
    this.#reserve(this.#used + 1);
    const k = this.#used * 2;
    this.#data[k] = id;
    this.#data[k + 1] = freq;
    this.#hint = this.#used++;
    this.#live++;
  }

  /** An id lower than the last one (not something MiniSearch does, but a Map allows it). */
  #insert(id: number, freq: number): void {
    this.#compact();
    this.#reserve(this.#used + 1);
    const d = this.#data;
    let i = this.#used;
    while (i > 0 && d[(i - 1) * 2]! > id) {
      d[i * 2] = d[(i - 1) * 2]!;
      d[i * 2 + 1] = d[(i - 1) * 2 + 1]!;
      i--;
    }
    d[i * 2] = id;
    d[i * 2 + 1] = freq;
    this.#used++;
    this.#live++;
    this.#hint = i;
  }

  /** Room for `entries`: a plain array grows by itself; past SMALL, an Int32Array half again as big. */
  #reserve(entries: number): void {
    const d = this.#data;
    if (Array.isArray(d)) {
      if (entries < SMALL) return;
      const grown = new Int32Array(entries * 3);
      for (let k = 0; k < this.#used * 2; k++) grown[k] = d[k]!;
      this.#data = grown;
    } else if (d.length < entries * 2) {
      const grown = new Int32Array(Math.ceil(entries * 1.5) * 2);
      grown.set(d.subarray(0, this.#used * 2));
      this.#data = grown;
    }
  }

  /** Drops deleted entries. */
  #compact(): void {
    const d = this.#data;
    let w = 0;
    for (let r = 0; r < this.#used; r++) {
      if (d[r * 2 + 1] === 0) continue;
      d[w * 2] = d[r * 2]!;
      d[w * 2 + 1] = d[r * 2 + 1]!;
      w++;
    }
    this.#used = w;
    if (Array.isArray(d)) d.length = w * 2;
    this.#hint = 0;
  }
}
