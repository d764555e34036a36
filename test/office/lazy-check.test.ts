/**
 * The reader and the engine load from their own chunk (`check`) beside Excel's first read, out of
 * the pane's first load (issue 17: the columnar reader kept the first load under its budget this
 * way). When the chunk cannot load, inspect is an error Outcome naming it, and selecting a cell
 * still works.
 */
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import { fixtureGrid } from '../support/office';

jest.mock('../../src/workbook/check', () => {
  throw new Error('Loading chunk check failed');
});

// Imported after the mock: inspect's import('../../workbook/check') now rejects.
import { createOfficeApi } from '../../src/hosts/office';

test('inspect whose reader chunk cannot load is an error Outcome; select still works', async () => {
  const book = MemoryWorkbook.fromGrid(await fixtureGrid('example-a'));
  const api = createOfficeApi(book.run);
  const info = await api.inspect('vi');
  expect(info.ok).toBe(false);
  if (!info.ok) expect(info.error).toContain('Loading chunk check failed');
  expect(await api.select('Số liệu', 'B3', 'vi')).toEqual({ ok: true, value: undefined });
});
