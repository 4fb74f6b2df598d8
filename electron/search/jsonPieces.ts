/**
 * JSON text built a little at a time and handed out in pieces of about 32 KB, for writing big
 * files (the search index) without big short-lived objects. V8 allocates a string over about
 * 128 KB, or an array of over 16,000 numbers, straight into the old generation, where it stays
 * until a full collection: saving the 10,000-article index in 256 KB pieces, each term's postings
 * first copied into an array, grew the web host's heap by 68 MB (RSS 210 -> 297 MB) in the half
 * second after a cold build. Pieces this small, of small strings, die young.
 */
export const PIECE_CHARS = 32 * 1024;

export class JsonPieces {
  #parts: string[] = [];
  #chars = 0;

  /** Adds JSON text; true when a piece is ready to `take`. */
  add(text: string): boolean {
    this.#parts.push(text);
    this.#chars += text.length;
    return this.#chars >= PIECE_CHARS;
  }

  /** The text gathered since the last take. */
  take(): string {
    const text = this.#parts.join('');
    this.#parts = [];
    this.#chars = 0;
    return text;
  }
}
