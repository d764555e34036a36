/**
 * What each long task of a Chromium page is made of (issue 16): a trace of the renderer's main thread
 * (CDP `Tracing`, with V8's sampling profiler in it) taken around a piece of a test; every task over
 * 50 ms is split into where its time went, each JavaScript sample placed by its stack through the
 * bundles' source maps:
 *   fake-apply   inside a `fake-excel:apply` measure (the in-memory Excel applying a request: in Office
 *                that is Excel's work, in its own process);
 *   fake-other   the in-memory Excel's code otherwise (its proxies queueing operations, its measure of
 *                the request: what Office.js does in the pane, so it counts as the pane's);
 *   react        React and Fluent UI rendering, committing and running effects, and the pane's components;
 *   pane         the rest of the add-in's code (reading, scoring, building and planning the sheets);
 *   preview      the preview page around the pane (its grid view): not the add-in's;
 *   browser      style, layout, paint and other work of the browser outside JavaScript;
 *   gc           V8's garbage collector.
 * `THIDUA_TRACE=1` makes the 300-unit test of work.test.ts print it. Without the sampler, the same
 * trace gives `taskTimes`: every task's wall and CPU time, and whether the in-memory Excel applied a
 * request in it — what that test asserts on.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { SourceMapConsumer } from 'source-map';
import { APPLY_MEASURE } from '../../src/testing/fake-excel';

export const PARTS = ['fake-apply', 'fake-other', 'react', 'pane', 'preview', 'browser', 'gc'] as const;
export type Part = (typeof PARTS)[number];

export interface TaskBreakdown {
  /** Start, in ms from the trace's first long task. */
  at: number;
  ms: number;
  /** The main thread's CPU time in the task (ms); NaN where the trace has none. */
  cpuMs: number;
  parts: Record<Part, number>;
  /** The browser's own events inside the task, in ms (UpdateLayoutTree, Layout, Paint…). */
  rendering: Record<string, number>;
  /** Script time by the nearest of the add-in's own source files on the stack (the component, the module). */
  sources: Record<string, number>;
  /** Script time by the function running (its source file and, where known, its name). */
  functions: Record<string, number>;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time in the event (µs), where the trace has it. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string };
  args?: Record<string, unknown>;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface Chunk {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

/** The tasks, the script calls and the user timing; with `profile`, also the browser's work and V8's samples. */
const LIGHT = ['-*', 'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];
const PROFILE = [...LIGHT, 'v8.execute', 'disabled-by-default-v8.cpu_profiler'];

/**
 * Traces the page while `body` runs; returns the raw events. Without `profile` the trace costs little
 * (no sampling profiler, which pauses the page when it starts and slows its script).
 */
export async function trace(page: Page, body: () => Promise<void>, profile = true): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  // The protocol types an event as string fields; they are the trace's events.
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: (profile ? PROFILE : LIGHT).join(','), transferMode: 'ReportEvents' });
  try {
    await body();
  } finally {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
  }
  return events;
}

/** Maps a bundle's URL and position to the original source (the files under `root`, by the URL's path). */
class Sources {
  private readonly maps = new Map<string, SourceMapConsumer | null>();
  constructor(private readonly roots: readonly string[]) {}

  source(url: string, line: number, column: number): string {
    return this.position(url, line, column).source;
  }

  /** The original source and, where the map names it, the function's name. */
  position(url: string, line: number, column: number): { source: string; name: string } {
    if (!url) return { source: '', name: '' };
    let path: string;
    try {
      path = new URL(url).pathname;
    } catch {
      return { source: url, name: '' };
    }
    if (!this.maps.has(path)) {
      // The first of the roots that has the map (the preview copies the pane's bundles, not all their maps).
      const file = this.roots.flatMap((r) => [join(r, `${path}.map`), join(r, `${path.replace(/^\/app\//, '/')}.map`)]).find((f) => existsSync(f));
      // A sync consumer: source-map 0.6 parses at construction.
      this.maps.set(path, file ? (new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8')))) : null);
    }
    const map = this.maps.get(path);
    if (!map) return { source: path, name: '' };
    const p = map.originalPositionFor({ line: line + 1, column });
    return { source: p.source ?? path, name: p.name ?? '' };
  }
}

/** Which part a JavaScript sample belongs to, from the sources of its stack (leaf first). */
function partOf(stack: readonly string[]): Part {
  if (stack.some((s) => /src\/preview\/(grid-view|preview|cells|download)/.test(s))) return 'preview';
  if (stack.some((s) => /src\/testing\//.test(s))) return 'fake-other';
  if (stack.some((s) => /node_modules\/(react-dom|react|scheduler|@fluentui|@griffel|tabster)\/|src\/taskpane\//.test(s))) return 'react';
  return 'pane';
}

const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'RecalculateStyles', 'HitTest', 'ParseHTML', 'ScheduleStyleRecalculation']);

/** The renderer main thread that ran the most script, its events, and the in-memory Excel's applications on it (µs). */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number; onMain: TraceEvent[]; applies: [number, number][] } {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String((e.args as { name?: string })?.name));
  const mains = [...names].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k);
  const scriptTime = (key: string): number =>
    events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X' && (e.name === 'FunctionCall' || e.name === 'EvaluateScript')).reduce((n, e) => n + (e.dur ?? 0), 0);
  const main = mains.sort((a, b) => scriptTime(b) - scriptTime(a))[0];
  if (!main) return { pid: -1, tid: -1, onMain: [], applies: [] };
  const [pid, tid] = main.split(':').map(Number) as [number, number];
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid);
  // The in-memory Excel's applications: user-timing measures (async begin/end pairs).
  const applies: [number, number][] = [];
  const open = new Map<string, number>();
  for (const e of events.filter((x) => x.pid === pid && x.cat.includes('blink.user_timing') && x.name === APPLY_MEASURE).sort((a, b) => a.ts - b.ts)) {
    const key = e.id ?? e.id2?.local ?? '';
    if (e.ph === 'b') open.set(key, e.ts);
    else if (e.ph === 'e' && open.has(key)) {
      applies.push([open.get(key)!, e.ts]);
      open.delete(key);
    }
  }
  return { pid, tid, onMain, applies };
}

export interface TaskTime {
  /** Wall time (ms). */
  ms: number;
  /** The main thread's CPU time (ms): what the task cost, whatever else the machine ran meanwhile. */
  cpuMs: number;
  /** Whether the in-memory Excel applied a request in it (Excel's work: the pane's thread only in the preview). */
  apply: boolean;
}

/**
 * Every task of the renderer's main thread that began after the user-timing mark `since` (the first
 * one named so), in order.
 */
export function taskTimes(events: readonly TraceEvent[], since: string): TaskTime[] {
  const { pid, onMain, applies } = mainThread(events);
  const mark = events.find((e) => e.pid === pid && e.cat.includes('blink.user_timing') && e.name === since);
  if (!mark) throw new Error(`No mark ${since} in the trace`);
  return onMain
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.ts >= mark.ts)
    .sort((a, b) => a.ts - b.ts)
    .map((e) => {
      const end = e.ts + (e.dur ?? 0);
      return { ms: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? e.dur ?? 0) / 1000, apply: applies.some(([a, b]) => a < end && b > e.ts) };
    });
}

/**
 * The tasks over `minMs` of the renderer main thread that ran the most script, each split into its
 * parts. `roots`: the folders where the bundles' .map files are (by the path of their URL).
 */
export function longTasks(events: readonly TraceEvent[], roots: readonly string[], minMs = 50): TaskBreakdown[] {
  const { pid, onMain, applies } = mainThread(events);
  if (pid < 0) return [];
  const tasks = onMain.filter((e) => e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) >= minMs * 1000).sort((a, b) => a.ts - b.ts);
  const inApply = (ts: number): boolean => applies.some(([a, b]) => ts >= a && ts <= b);

  // V8's samples: a Profile (its start time) and its chunks (nodes, samples, time deltas).
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; node: number }[] = [];
  const profiles = new Map<string, number>();
  for (const e of events) if (e.name === 'Profile' && e.pid === pid) profiles.set(String(e.id), (e.args as { data: { startTime: number } }).data.startTime);
  for (const [id, start] of profiles) {
    let ts = start;
    for (const e of events.filter((x) => x.name === 'ProfileChunk' && x.pid === pid && String(x.id) === id)) {
      const data = (e.args as { data: Chunk }).data;
      for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      const ids = data.cpuProfile?.samples ?? [];
      ids.forEach((node, i) => {
        ts += data.timeDeltas?.[i] ?? 0;
        samples.push({ ts, node });
      });
    }
  }
  samples.sort((a, b) => a.ts - b.ts);

  const maps = new Sources(roots);
  const stacks = new Map<number, { part: Part | 'js'; stack: string[] }>();
  const stackOf = (id: number): { part: Part | 'js'; stack: string[] } => {
    let known = stacks.get(id);
    if (known) return known;
    const leaf = nodes.get(id);
    const fn = leaf?.callFrame.functionName ?? '';
    if (fn === '(garbage collector)') known = { part: 'gc', stack: [] };
    else if (fn === '(program)' || fn === '(idle)' || fn === '(root)' || !leaf) known = { part: 'browser', stack: [] };
    else {
      const stack: string[] = [];
      for (let n: ProfileNode | undefined = leaf; n; n = n.parent === undefined ? undefined : nodes.get(n.parent))
        stack.push(maps.source(n.callFrame.url, n.callFrame.lineNumber, n.callFrame.columnNumber));
      known = { part: 'js', stack };
    }
    stacks.set(id, known);
    return known;
  };
  const first = tasks[0]?.ts ?? 0;
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const parts = Object.fromEntries(PARTS.map((p) => [p, 0])) as Record<Part, number>;
    const sources: Record<string, number> = {};
    const functions: Record<string, number> = {};
    const inside = samples.filter((s) => s.ts >= task.ts && s.ts <= end);
    inside.forEach((s, i) => {
      const next = inside[i + 1]?.ts ?? end;
      const weight = (next - s.ts) / 1000;
      const { part, stack } = stackOf(s.node);
      const p: Part = inApply(s.ts) ? 'fake-apply' : part === 'js' ? partOf(stack) : part;
      parts[p] += weight;
      const own = stack.find((f) => /src\//.test(f))?.replace(/^.*src\//, '') ?? (part === 'js' ? stack[0]?.replace(/^.*node_modules\//, '') ?? '?' : part);
      sources[own] = (sources[own] ?? 0) + weight;
      const leaf = nodes.get(s.node);
      if (leaf && part === 'js') {
        const at = maps.position(leaf.callFrame.url, leaf.callFrame.lineNumber, leaf.callFrame.columnNumber);
        const fn = `${at.source.replace(/^.*(src|node_modules)\//, '')}:${at.name || leaf.callFrame.functionName || '?'}`;
        functions[fn] = (functions[fn] ?? 0) + weight;
      }
    });
    // Before the first sample of the task: the browser's.
    if (inside.length) parts.browser += (inside[0]!.ts - task.ts) / 1000;
    else parts.browser += (task.dur ?? 0) / 1000;
    const rendering: Record<string, number> = {};
    for (const e of onMain) if (e.ph === 'X' && RENDERING.has(e.name) && e.ts >= task.ts && e.ts < end) rendering[e.name] = (rendering[e.name] ?? 0) + (e.dur ?? 0) / 1000;
    return { at: (task.ts - first) / 1000, ms: (task.dur ?? 0) / 1000, cpuMs: task.tdur === undefined ? NaN : task.tdur / 1000, parts, rendering, sources, functions };
  });
}

/** One line per task: `+812 ms 143 ms = react 61, fake-apply 52, …; Layout 12`. */
export function describeTasks(tasks: readonly TaskBreakdown[]): string {
  const r = (x: number): number => Math.round(x);
  return tasks
    .map((t) => {
      const parts = PARTS.filter((p) => t.parts[p] >= 0.5).map((p) => `${p} ${r(t.parts[p])}`);
      const rendering = Object.entries(t.rendering)
        .filter(([, ms]) => ms >= 0.5)
        .map(([n, ms]) => `${n} ${r(ms)}`);
      const sources = Object.entries(t.sources)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .filter(([, ms]) => ms >= 2)
        .map(([n, ms]) => `${n} ${r(ms)}`);
      const functions = Object.entries(t.functions)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 10)
        .filter(([, ms]) => ms >= 2)
        .map(([n, ms]) => `${n} ${r(ms)}`);
      return (
        `+${r(t.at)} ms: ${r(t.ms)} ms (${r(t.cpuMs)} ms CPU) = ${parts.join(', ')}${rendering.length ? ` (of which ${rendering.join(', ')})` : ''}` +
        `${sources.length ? `\n    by source: ${sources.join(', ')}` : ''}${functions.length ? `\n    by function: ${functions.join(', ')}` : ''}`
      );
    })
    .join('\n');
}
