/**
 * The pane's actions in progress, as the re-read watch (./reread.ts) needs to know them: it does not
 * read while an action reads or writes the same sheets, and a re-read that an action overlapped does
 * not report what it saw (the action read the sheets after it; see reread.ts).
 */
export interface Activity {
  /** Whether an action is running now. */
  busy(): boolean;
  /** Counts the actions begun so far: a re-read compares it before and after. */
  begun(): number;
  /** Calls `listener` each time the last running action ends; returns the function that stops it. */
  onIdle(listener: () => void): () => void;
  /** Runs `action` as one of the pane's actions. */
  during<T>(action: () => Promise<T>): Promise<T>;
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
    async during(action) {
      running++;
      started++;
      try {
        return await action();
      } finally {
        running--;
        if (running === 0) for (const l of [...listeners]) l();
      }
    },
  };
}
