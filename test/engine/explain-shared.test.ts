/**
 * The detail sheet's shared explanations (src/engine/explain-shared.ts): every row's text is the one
 * `explain` writes, on the fixtures (every kind, missing and unassigned figures) and on a generated
 * cluster, in both languages; rows outside the target criteria share one string per distinct text.
 */
import { explain } from '../../src/engine/explain';
import { SharedExplanations } from '../../src/engine/explain-shared';
import type { ClusterResult } from '../../src/engine/result';
import { checkGrid } from '../../src/workbook/check';
import { DetailRows } from '../../src/workbook/reports/detail';
import { generateCluster } from '../support/generate-cluster';
import { fixtureGrid } from '../support/office';

async function resultOf(name: string): Promise<ClusterResult> {
  const grid = name === 'generated' ? generateCluster({ units: 300, criteria: 9, seed: 5 }) : await fixtureGrid(name);
  const { result } = checkGrid(grid);
  expect(result.ok).toBe(true);
  return result;
}

describe.each(['example-a', 'hai-phong-huyen-2024', 'cong-an-cum-347', 'generated'])('%s', (name) => {
  it.each(['vi', 'en'] as const)('every row explained as explain() writes it (%s), twice over', async (lang) => {
    const result = await resultOf(name);
    for (const decimals of [result.settings.decimals, 0, 3]) {
      const shared = new SharedExplanations(lang, decimals);
      let rows = 0;
      const kinds = new Set<string>();
      for (let pass = 0; pass < 2; pass++) {
        const detail = new DetailRows(result);
        for (let r = detail.next(); r !== null; r = detail.next()) {
          const expected = explain(r.outcome, r.criterion, lang, decimals, r.figures ?? null);
          expect(shared.of(r.outcome, r.criterion, r.figures ?? null)).toBe(expected);
          kinds.add(r.outcome.basis.kind);
          rows++;
        }
      }
      expect(rows).toBeGreaterThan(0);
      expect(kinds.size).toBeGreaterThan(1);
    }
  });
});

it('rows outside the targets are written once per distinct explanation', async () => {
  const result = await resultOf('generated');
  const shared = new SharedExplanations('vi', 2);
  let others = 0;
  const texts = new Set<string>();
  const detail = new DetailRows(result);
  for (let r = detail.next(); r !== null; r = detail.next()) {
    const text = shared.of(r.outcome, r.criterion, r.figures ?? null);
    if (r.outcome.basis.kind === 'target') continue;
    others++;
    texts.add(text);
  }
  // 300 units × (pass/fail, score, count, bonus, penalty): a few hundred keys at most, far fewer than rows.
  expect(others).toBeGreaterThanOrEqual(300 * 5);
  expect(shared.kept).toBeGreaterThanOrEqual(texts.size);
  expect(shared.kept).toBeLessThan(others / 2);
});
