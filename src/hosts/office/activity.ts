/**
 * The pane's actions in progress, as the re-read watch (./reread.ts) needs to know them: it does not
 * read while an action reads or writes the same sheets, and a re-read that an action overlapped does
 * not report what it saw (the action read the sheets after it; see reread.ts).
 */
export interface Activity {
  /** Whether an action is running now. */
  busy(): boolean;
  /** Counts the actions begun so far that read the sheets: a re-read compares it before and after. */
  begun(): number;
  /** Calls `listener` each time the last running action ends; returns the function that stops it. */
  onIdle(listener: () => void): () => void;
  /**
   * Runs `action` as one of the pane's actions. `reads`: whether it reads the sheets' values (a
   * score, an inspection); one that does not (going to a cell) makes a re-read wait, but a re-read
   * it overlaps still reports what it found.
   */
  during<T>(action: () => Promise<T>, reads?: boolean): Promise<T>;
}

export function createActivity(): Activity {
  let running = 0;
  let started = 0;
  const listeners = new Set<() => void>();
  return {
    busy: () => running > 0,
    begun: () => started,
    onIdle(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async during(action, reads = true) {
      running++;
      if (reads) started++;
      try {
        return await action();
      } finally {
        running--;
        if (running === 0) for (const l of [...listeners]) l();
      }
    },
  };
}
