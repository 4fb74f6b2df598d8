/**
 * Writes an in-memory index to disk later rather than on every change: changes mark it dirty,
 * a timer writes it after a pause, writes never overlap, and a failed write leaves it dirty so
 * the next flush tries again. Shared by the search index and the name index.
 */
export class DebouncedWriter {
  readonly #write: () => Promise<void>;
  readonly #delayMs: number;
  readonly #label: string;
  #dirty = false;
  #timer: NodeJS.Timeout | null = null;
  #writing: Promise<void> = Promise.resolve();
  #stopped = false;

  constructor(write: () => Promise<void>, delayMs: number, label: string) {
    this.#write = write;
    this.#delayMs = delayMs;
    this.#label = label;
  }

  markDirty(): void {
    this.#dirty = true;
  }

  /** Writes after the delay, unless a write is already scheduled or the writer was stopped. */
  schedule(): void {
    if (this.#stopped || this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.flush().catch((err) => console.error(`copydesk: could not save the ${this.#label}:`, err));
    }, this.#delayMs);
    this.#timer.unref?.();
  }

  /** Writes now if anything changed since the last write; one write at a time. */
  flush(): Promise<void> {
    const run = this.#writing.then(() => this.#writeIfDirty());
    this.#writing = run.catch(() => undefined);
    return run;
  }

  /** No more scheduled writes (an explicit flush still works, for a final write on close). */
  stop(): void {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  async #writeIfDirty(): Promise<void> {
    if (!this.#dirty) return;
    this.#dirty = false;
    try {
      await this.#write();
    } catch (err) {
      this.#dirty = true;
      throw err;
    }
  }
}
