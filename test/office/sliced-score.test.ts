/**
 * Issue 16: the one click never holds the main thread for the whole scoring. The work is cut into
 * slices (src/engine/sliced.ts): reading, every 100 units scored, ranking, each output sheet, every
 * 800 rows of the detail, each sheet's write plan; the event loop gets control between them. Proved
 * by turns of the event loop counted between the steps (no timing), and the slices give the same
 * result and sheets as the build run straight through.
 */
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { createOfficeApi } from '../../src/hosts/office';
import type { ScoreStep } from '../../src/app/api';
import { runSliced, runSlicedAsync } from '../../src/engine/sliced';
import { scoreBook, scoreBookSliced } from '../../src/jobs/score';
import { generateCluster } from '../support/generate-cluster';

const UNITS = 300;
const CRITERIA = 8;

test('300 units: the event loop turns many times between reading and writing, and between planning and done', async () => {
  const book = MemoryWorkbook.fromGrid(generateCluster({ units: UNITS, criteria: CRITERIA, seed: 3 }));
  const api = createOfficeApi(book.run);
  const events: string[] = [];
  let on = true;
  // A timer re-armed at each turn: it runs once per turn of the event loop, never inside a slice.
  const turn = (): void => {
    events.push('turn');
    if (on) setTimeout(turn, 0);
  };
  setTimeout(turn, 0);
  const r = await api.score({ lang: 'vi', flagInPlace: false }, (s: ScoreStep) => events.push(s));
  on = false;
  expect(r.ok && r.value.result.ok).toBe(true);
  const turnsBetween = (a: string, b: string): number => events.slice(events.indexOf(a), events.indexOf(b)).filter((e) => e === 'turn').length;
  // Scoring: read/score, three slices of 100 units, ranking, the results sheet, the detail's rows in
  // slices of 800 (300 × 8 rows: 3 and the layout), the other sheets. A single block would give 1.
  expect(turnsBetween('score', 'write')).toBeGreaterThanOrEqual(10);
  // Planning the writes: one slice per sheet (results, detail, nominations, warnings), then the sync.
  expect(turnsBetween('write', 'done')).toBeGreaterThanOrEqual(4);
});

test('a cancel during the scoring slices stops the run before the rest is built: nothing written', async () => {
  const book = MemoryWorkbook.fromGrid(generateCluster({ units: UNITS, criteria: CRITERIA, seed: 3 }));
  const before = book.sheetNames();
  const api = createOfficeApi(book.run);
  const controller = new AbortController();
  let turns = 0;
  const steps: ScoreStep[] = [];
  const r = await api.score({ lang: 'vi', flagInPlace: false, signal: controller.signal }, (s) => {
    steps.push(s);
    // Aborted a few turns into the scoring, while units are still being scored.
    if (s === 'score') {
      const tick = (): void => {
        if (++turns === 3) controller.abort();
        else setTimeout(tick, 0);
      };
      setTimeout(tick, 0);
    }
  });
  expect(r).toEqual({ ok: false, error: expect.stringContaining('Đã huỷ theo yêu cầu') });
  expect(book.sheetNames()).toEqual(before);
  // Heard between two slices of the scoring: the run never reached the writing step.
  expect(steps).toEqual(['read', 'score']);
});

test('the sliced build gives the same result and sheets as the build run straight through', async () => {
  const grid = generateCluster({ units: 120, criteria: 6, seed: 5 });
  const source = { grid, existing: [] };
  const options = { lang: 'vi' as const, audit: true, documents: true };
  let pauses = 0;
  const sliced = await runSlicedAsync(scoreBookSliced(source, options), async () => {
    pauses++;
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  const straight = runSliced(scoreBookSliced(source, options));
  const lazy = scoreBook(source, options);
  expect(pauses).toBeGreaterThan(5);
  const json = (run: { result: unknown; sheets: readonly unknown[] }): string => JSON.stringify([run.result, run.sheets]);
  expect(json(sliced)).toBe(json(straight));
  expect(json(sliced)).toBe(json({ result: lazy.result, sheets: lazy.sheets }));
  expect(sliced.sheets.map((s) => s.kind)).toEqual(['results', 'detail', 'nominations', 'warnings', 'audit', 'officialList']);
});
