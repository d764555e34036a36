/**
 * The writing actions load from their own chunk (src/hosts/office/actions.ts) on first use: when
 * it cannot load, each action resolves to an error Outcome in the UI language and the workbook is
 * left as it was; inspect and select, in the first load, still work.
 */
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { fixtureGrid } from '../support/office';

jest.mock('../../src/hosts/office/actions', () => {
  throw new Error('Loading chunk workbook-actions failed');
});

// Imported after the mock: the api's import('./actions') now rejects.
import { createOfficeApi } from '../../src/hosts/office';

test('a writing action whose chunk cannot load is an error Outcome, nothing written; inspect still works', async () => {
  const book = MemoryWorkbook.fromGrid(await fixtureGrid('example-a'));
  const api = createOfficeApi(book.run);
  const before = book.sheetNames();

  const scored = await api.score({ lang: 'vi', flagInPlace: false });
  expect(scored.ok).toBe(false);
  if (!scored.ok) {
    expect(scored.error).toMatch(/^Lỗi khi chấm điểm \(.*workbook-actions.*\)/);
  }
  const template = await api.insertTemplate('blank', 'en');
  expect(template).toEqual({ ok: false, error: expect.stringContaining('Loading chunk workbook-actions failed') });
  for (const outcome of [await api.clearFlags('vi'), await api.makeBallots('vi'), await api.saveHistory!('vi')]) expect(outcome.ok).toBe(false);
  expect(book.sheetNames()).toEqual(before);

  const info = await api.inspect('vi');
  expect(info.ok).toBe(true);
  if (info.ok) expect(info.value.summary.units).toBeGreaterThan(0);
});
