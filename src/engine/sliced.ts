/**
 * Work cut into slices (issue 16: no main-thread block over 100 ms at 300 units). A long build is
 * written once, as a generator whose every `yield` marks a point where the caller may give the
 * event loop control; the command line and the functions drive it straight through (runSliced),
 * the task pane lets the browser paint and handle input between slices (runSlicedAsync). Both give
 * the same value: the slices only decide where the work may pause, never what it computes.
 */

/** A build that pauses at each `yield` and returns its value at the end. */
export type Sliced<T> = Generator<void, T, void>;

/** Runs a sliced build to its end without pausing. */
export function runSliced<T>(work: Sliced<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs a sliced build, awaiting `pause` at each of its pauses (a new task: the event loop runs
 * timers, input and painting meanwhile). `pause` may throw (a cancel): the build is left where
 * it paused (builds hold no resources) and the error passes on.
 */
export async function runSlicedAsync<T>(work: Sliced<T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    await pause();
  }
}
