/**
 * Issue 17: rank-sort.ts orders units exactly as sorting with the ranking's comparator does
 * (rank.ts compareKeys, then collate.ts compareNames), on random keys with many ties, tie-break
 * chains of several keys, −Infinity (a tie-break leaf without points) and Vietnamese names.
 */
import { compareNames } from '../../src/engine/collate';
import { compareKeys } from '../../src/engine/rank';
import { rankOrder } from '../../src/engine/rank-sort';
import { seededRandom } from '../support/generate-cluster';

const NAMES = ['An Dương', 'An Lão', 'Ân Thi', 'Bắc Ninh', 'Đơn vị 1', 'Đơn vị 01', 'Đơn vị 10', 'Đơn vị 2', 'Thủy Nguyên', 'Thuỷ Nguyên', 'Kiến Thụy', 'Cát Hải', 'Vĩnh Bảo', 'ấp Mới', 'Ấp Mới'];

function reference(rows: { keys: number[]; name: string }[]): number[] {
  return rows
    .map((r, i) => ({ ...r, i }))
    .sort((a, b) => compareKeys(a.keys, b.keys) || compareNames(a.name, b.name))
    .map((r) => r.i);
}

describe('rankOrder', () => {
  it.each([0, 1, 2, 5, 17, 100, 1000, 3001])('agrees with the comparator sort on %i units', (n) => {
    const rnd = seededRandom(n + 3);
    for (const K of [1, 2, 4]) {
      const rows = Array.from({ length: n }, (_, i) => ({
        // Few distinct values, so that ties on the first key (and on all keys) are common.
        keys: Array.from({ length: K }, (_, k) => (k > 0 && rnd() < 0.1 ? -Infinity : Math.round(rnd() * (k === 0 ? n / 3 + 2 : 3)) / 4)),
        name: `${NAMES[i % NAMES.length]!}${i >= NAMES.length ? ` ${Math.floor(i / NAMES.length)}` : ''}`,
      }));
      const keys = Float64Array.from(rows.flatMap((r) => r.keys));
      expect(Array.from(rankOrder(keys, K, n, rows.map((r) => r.name)))).toEqual(reference(rows));
    }
  });

  it('puts more first and orders equal keys by Vietnamese collation', () => {
    const names = ['Ân Thi', 'An Lão', 'An Dương', 'Bắc'];
    const order = rankOrder(Float64Array.from([5, 5, 5, 7]), 1, 4, names);
    expect(Array.from(order, (i) => names[i])).toEqual(['Bắc', 'An Dương', 'An Lão', 'Ân Thi']);
  });
});
