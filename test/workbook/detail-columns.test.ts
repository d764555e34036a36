/**
 * The score detail's column table (src/workbook/reports/detail.ts): `Chi tiết điểm` and each unit's
 * `criteria` in the JSON come from it, so a new column is one entry.
 */
import type { Lang } from '../../src/engine/model';
import type { ClusterResult, CriterionResult } from '../../src/engine/result';
import { findPreset, presetSheets } from '../../src/presets';
import { detailSheet } from '../../src/workbook/output';
import { scoreGrid } from '../../src/workbook/pipeline';
import { numFmtOf } from '../../src/workbook/reports/columns';
import { DETAIL, detailRows, type DetailColumn, type DetailEntry } from '../../src/workbook/reports/detail';
import { toResultJson } from '../../src/workbook/reports/json';
import { RANKING } from '../../src/workbook/reports/ranking';

function presetResult(lang: Lang): ClusterResult {
  const { result } = scoreGrid({ name: 'hp.xlsx', sheets: presetSheets(findPreset('hai-phong-huyen-2024')!, lang).map((s) => ({ name: s.name, rows: s.rows, originRow: 0, originCol: 0 })) }, lang);
  expect(result.ok).toBe(true);
  return result;
}

const lost = (r: CriterionResult): number | null => (r.points === null || r.max === null ? null : Math.round((r.max - r.points) * 100) / 100);

/** The points a unit left on the table at a criterion, after the maximum. */
function withLost(): DetailEntry[] {
  const column: DetailColumn = {
    key: 'lost',
    header: { vi: 'Điểm chưa đạt', en: 'Points missed' },
    value: (r) => lost(r.outcome),
    format: 'points',
    width: 10,
    show: ['sheet', 'json'],
    json: { key: 'lost' },
  };
  const at = DETAIL.findIndex((e) => e.key === 'max') + 1;
  return [...DETAIL.slice(0, at), column, ...DETAIL.slice(at)];
}

describe.each(['vi', 'en'] as const)('a new detail column is one entry (%s)', (lang) => {
  const result = presetResult(lang);
  const table = withLost();

  it('Chi tiết điểm: the column after the maximum, a value per row, the points format; the status colours stay', () => {
    const before = detailSheet(result, lang);
    const after = detailSheet(result, lang, table);
    const col = after.rows[2]!.indexOf(lang === 'vi' ? 'Điểm chưa đạt' : 'Points missed');
    expect(after.rows[2]![col - 1]).toBe(lang === 'vi' ? 'Điểm tối đa' : 'Maximum');
    const rows = detailRows(result);
    expect(after.rows.slice(3).map((r) => r[col])).toEqual(rows.map((r) => lost(r.outcome)));
    expect(rows.some((r) => (lost(r.outcome) ?? 0) > 0)).toBe(true);
    expect(after.columns[col]!.numFmt).toBe(numFmtOf('points', result.settings.decimals));
    expect(after.rows.slice(2).map((r) => [...r.slice(0, col), ...r.slice(col + 1)])).toEqual(before.rows.slice(2));
    expect(after.tones).toEqual(before.tones);
    expect(before.tones.length).toBeGreaterThan(0);
  });

  it('the JSON: each criterion carries it after points, max, status and rate', () => {
    const before = toResultJson(result, lang);
    const after = toResultJson(result, lang, RANKING, table);
    const unit = result.units[2]!;
    const criteria = after.units[2]!.criteria as Record<string, Record<string, unknown>>;
    for (const [code, r] of Object.entries(unit.criteria)) {
      expect(Object.keys(criteria[code]!)).toEqual(['points', 'max', 'status', 'rate', 'lost']);
      expect(criteria[code]!.lost).toBe(lost(r));
      const { lost: _, ...rest } = criteria[code]!;
      expect(rest).toEqual(before.units[2]!.criteria[code]);
    }
  });
});
