/**
 * A large view drawn in stages (issue 16): its first commit holds what is needed at once, and each
 * later stage is released only after the one before it was painted (the next frame, then a task of
 * its own), as a transition — so no one task of the main thread renders, commits and lays out the
 * whole view. A small view is drawn whole at once (`staged` false): it costs a few milliseconds, and
 * a section appearing a frame later would only flicker.
 */
import { startTransition, useEffect, useState } from 'react';

/** A frame may never come (a hidden pane or tab): the next stage then comes after this many ms. */
const NO_FRAME_MS = 100;

/** Runs `then` after the next frame has been painted (or after NO_FRAME_MS without a frame); returns the cancel. */
export function afterPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const next = (): void => {
    if (done) return;
    done = true;
    // rAF runs before the paint: a task after it runs after.
    timer = setTimeout(then, 0);
  };
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(next) : undefined;
  const fallback = setTimeout(next, NO_FRAME_MS);
  return () => {
    done = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(fallback);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * How many of the stages 1…`last` are drawn: 0 at the first commit, then one more after each paint;
 * `last` at once when not `staged`.
 */
export function useStages(last: number, staged: boolean): number {
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (!staged || stage >= last) return;
    return afterPaint(() => startTransition(() => setStage((s) => s + 1)));
  }, [stage, last, staged]);
  return staged ? stage : last;
}
