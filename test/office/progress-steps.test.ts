/**
 * The one click's progress reports each real step, and the pane gets a task between them to paint it
 * (issue 16: the bar jumped from 1/4 to 4/4): a timer set when `score` is reported fires before
 * `write` is, and one set at `write` before the first request that writes.
 */
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { createOfficeApi } from '../../src/hosts/office';
import type { ScoreStep } from '../../src/app/api';
import { generateCluster } from '../support/generate-cluster';

test('read, score, write, flag, done, each painted before the next stretch', async () => {
  const book = MemoryWorkbook.fromGrid(generateCluster({ units: 12, criteria: 6, seed: 2 }));
  const api = createOfficeApi(book.run);
  const events: string[] = [];
  const progress = (s: ScoreStep): void => {
    events.push(s);
    setTimeout(() => events.push(`painted ${s}`), 0);
  };
  const r = await api.score({ lang: 'vi', flagInPlace: true }, progress);
  expect(r.ok && r.value.result.ok).toBe(true);
  const steps = events.filter((e) => !e.startsWith('painted'));
  expect(steps[0]).toBe('read');
  expect(steps.slice(1, 3)).toEqual(['score', 'write']);
  expect(steps).toContain('flag');
  expect(steps[steps.length - 1]).toBe('done');
  expect(events.indexOf('painted score')).toBeGreaterThan(-1);
  expect(events.indexOf('painted score')).toBeLessThan(events.indexOf('write'));
  expect(events.indexOf('painted write')).toBeLessThan(events.indexOf('flag'));
});

test('a cancel asked for before the writing stops the run: nothing written, an error Outcome', async () => {
  for (const at of ['read', 'score', 'write'] as const) {
    const book = MemoryWorkbook.fromGrid(generateCluster({ units: 12, criteria: 6, seed: 2 }));
    const before = book.sheets.map((s) => s.name);
    const api = createOfficeApi(book.run);
    const controller = new AbortController();
    const r = await api.score({ lang: 'vi', flagInPlace: true, signal: controller.signal }, (s) => {
      if (s === at) controller.abort();
    });
    expect(r).toEqual({ ok: false, error: expect.stringContaining('Đã huỷ theo yêu cầu; không ghi gì vào sổ.') });
    expect(book.sheets.map((s) => s.name)).toEqual(before);
    expect(book.sheets.every((s) => s.conditionalFormats.length === 0)).toBe(true);
  }
});

test('a cancel once the writing has started is too late: the run completes', async () => {
  const book = MemoryWorkbook.fromGrid(generateCluster({ units: 12, criteria: 6, seed: 2 }));
  const api = createOfficeApi(book.run);
  const controller = new AbortController();
  const r = await api.score({ lang: 'vi', flagInPlace: true, signal: controller.signal }, (s) => {
    if (s === 'flag') controller.abort();
  });
  expect(r.ok && r.value.result.ok).toBe(true);
});
