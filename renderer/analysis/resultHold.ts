/**
 * Holds a check's result that arrives while the typist is mid-burst, until the keys pause.
 *
 * A check runs when the keys pause (typingPause.ts), but a typist's rhythm is irregular and a
 * busy machine makes it more so: in the typing benchmark about one key in three was followed by a
 * check whose result came back while the typing went on. That result is already stale (the text
 * moved on) and drawing it then costs the keystrokes around it: the highlights rebuilt and
 * re-registered (Chromium re-validates every highlight), the panels re-rendered and a React commit,
 * which reads the whole focused body to save its selection. Held, it is drawn at the next pause,
 * just before the check of the text as it then stands is sent — nothing changes on screen while
 * the keys come, as in a bare editor.
 */
export class ResultHold {
  private typing = false;
  private held: (() => void) | null = null;

  /** A keystroke changed the text: results arriving from now until the pause are held. */
  typed(): void {
    this.typing = true;
  }

  /** The keys paused (or the editor went away): draw the held result, and later ones at once. */
  paused(): void {
    this.typing = false;
    const apply = this.held;
    this.held = null;
    apply?.();
  }

  /** Draw a result now, or at the pause when the typist is mid-burst (the newest one wins). */
  offer(apply: () => void): void {
    if (this.typing) this.held = apply;
    else apply();
  }
}

/** The app's one hold, between the analysis plugin (keys and pauses) and the client's results. */
export const resultHold = new ResultHold();
