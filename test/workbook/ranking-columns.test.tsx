/** @jest-environment jsdom */
/**
 * The ranking's column table (src/workbook/reports/ranking.ts): a new column is one entry, and every
 * surface that its `show` names shows it — the results sheet, THIDUA.RESULTS, the CLI table, the JSON
 * and the pane — while the others stay as they were.
 */
import '../taskpane/polyfills';
import { render, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { rankingText } from '../../src/cli/print';
import type { Lang } from '../../src/engine/model';
import type { ClusterResult, UnitResult } from '../../src/engine/result';
import { resultsTable } from '../../src/functions/tables';
import { findPreset, presetSheets } from '../../src/presets';
import { RankingTable } from '../../src/taskpane/components/RankingTable';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { resultsSheet } from '../../src/workbook/output';
import { scoreGrid } from '../../src/workbook/pipeline';
import { jsonOf, numFmtOf, type Surface } from '../../src/workbook/reports/columns';
import { toResultJson } from '../../src/workbook/reports/json';
import { RANKING, rankingColumns, type RankingColumn, type RankingEntry } from '../../src/workbook/reports/ranking';

/** The preset: the sample's figures with a history, so the comparison columns are there too. */
function presetResult(lang: Lang): ClusterResult {
  const grid: WorkbookGrid = { name: 'hp.xlsx', sheets: presetSheets(findPreset('hai-phong-huyen-2024')!, lang).map((s) => ({ name: s.name, rows: s.rows, originRow: 0, originCol: 0 })) };
  const { result } = scoreGrid(grid, lang);
  expect(result.ok).toBe(true);
  expect(result.comparison?.previous).toBeTruthy();
  return result;
}

/** The points a unit is behind the leader: the new column of the example. */
const behind = (u: UnitResult, result: ClusterResult): number => Math.round((result.units[0]!.total - u.total) * 100) / 100;

function withGap(show: readonly Surface[]): RankingEntry[] {
  const gap: RankingColumn = {
    key: 'behindLeader',
    header: { vi: 'Cách đơn vị dẫn đầu', en: 'Behind the leader' },
    headers: { cli: { vi: 'Cách', en: 'Gap' } },
    value: (u, { result }) => behind(u, result),
    format: 'points',
    width: 12,
    show,
    json: { key: 'behindLeader' },
  };
  // Right after the total.
  const at = RANKING.findIndex((e) => e.key === 'total') + 1;
  return [...RANKING.slice(0, at), gap, ...RANKING.slice(at)];
}

const ALL: Surface[] = ['sheet', 'function', 'cli', 'json', 'pane'];

// Rendering Fluent in jsdom takes seconds on a loaded machine.
jest.setTimeout(30_000);

describe.each(['vi', 'en'] as const)('a new ranking column is one entry (%s)', (lang) => {
  const result = presetResult(lang);
  const table = withGap(ALL);
  const header = lang === 'vi' ? 'Cách đơn vị dẫn đầu' : 'Behind the leader';
  const total = lang === 'vi' ? 'Tổng điểm' : 'Total';

  it('the results sheet: a column after the total, its values, its format; the comparison moves one right', () => {
    const before = resultsSheet(result, lang);
    const after = resultsSheet(result, lang, table);
    const head = after.rows[2]!;
    const col = head.indexOf(header);
    expect(head[col - 1]).toBe(total);
    expect(after.rows.slice(3).map((r) => r[col])).toEqual(result.units.map((u) => behind(u, result)));
    expect(after.rows.slice(3, 5).map((r) => r[col])).toEqual([0, behind(result.units[1]!, result)]);
    expect(after.columns[col]!.numFmt).toBe(numFmtOf('points', result.settings.decimals));
    expect(head).toHaveLength(before.rows[2]!.length + 1);
    expect(after.columns).toHaveLength(before.columns.length + 1);
    // Every other cell is where it was, one column right past the new one.
    const drop = (r: unknown[]): unknown[] => [...r.slice(0, col), ...r.slice(col + 1)];
    expect(after.rows.slice(2).map(drop)).toEqual(before.rows.slice(2));
    expect(after.tones.map((t) => t.col)).toEqual(before.tones.map((t) => t.col + 1));
    expect(after.tones.length).toBeGreaterThan(0);
  });

  it('THIDUA.RESULTS: the column and its values', () => {
    const [head, ...rows] = resultsTable(result, lang, table);
    const col = head!.indexOf(header);
    expect(head![col - 1]).toBe(total);
    expect(rows.map((r) => r[col])).toEqual(result.units.map((u) => behind(u, result)));
    expect(head).toHaveLength(resultsTable(result, lang)[0]!.length + 1);
  });

  it('the CLI table: its short header and its numbers right-aligned, in the language', () => {
    const text = rankingText(result, lang, table);
    const lines = text.split('\n');
    const head = lines[2]!;
    expect(head).toMatch(lang === 'vi' ? /Tổng\s+Cách\s+Tối đa/ : /Total\s+Gap\s+Max/);
    const second = result.units[1]!;
    const gap = lang === 'vi' ? String(behind(second, result)).replace('.', ',') : String(behind(second, result));
    const row = lines.find((l) => l.includes(second.unit))!;
    expect(row).toContain(`  ${gap}  `);
    // Right-aligned: the header ends where the column's numbers end.
    expect(row.indexOf(`${gap}  `) + gap.length).toBe(head.indexOf(lang === 'vi' ? 'Cách' : 'Gap') + (lang === 'vi' ? 4 : 3));
  });

  it('the JSON: its key after the contract keys, which keep their order', () => {
    const before = toResultJson(result, lang).units;
    const after = toResultJson(result, lang, table).units as unknown as Record<string, unknown>[];
    expect(Object.keys(after[0]!)).toEqual([...Object.keys(before[0]!), 'behindLeader']);
    expect(after.map((u) => u.behindLeader)).toEqual(result.units.map((u) => behind(u, result)));
    expect(after.map(({ behindLeader: _, ...rest }) => rest)).toEqual(before);
  });

  it('the pane: a header cell and a cell per unit, numbers as the pane writes them', () => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <RankingTable result={result} lang={lang} onShowUnit={() => undefined} table={table} />
      </FluentProvider>,
    );
    const heads = within(container).getAllByRole('columnheader').map((h) => h.textContent);
    const pane = lang === 'vi' ? ['Hạng', 'Đơn vị', 'Tổng điểm', header, 'Tỷ lệ %', 'Xếp loại', 'Thay đổi'] : ['Rank', 'Unit', 'Total', header, '%', 'Class', 'Change'];
    expect(heads).toEqual(pane);
    const second = result.units[1]!;
    const row = container.querySelector(`tr[data-unit="${second.unit}"]`) as HTMLElement;
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells[3]).toBe(lang === 'vi' ? String(behind(second, result)).replace('.', ',') : String(behind(second, result)));
  });
});

describe('a column shows only where its entry says', () => {
  const result = presetResult('vi');
  it('shown on the sheet only: the function, the CLI, the JSON and the pane are unchanged', () => {
    const table = withGap(['sheet']);
    expect(resultsSheet(result, 'vi', table).rows[2]).toContain('Cách đơn vị dẫn đầu');
    expect(resultsTable(result, 'vi', table)).toEqual(resultsTable(result, 'vi'));
    expect(rankingText(result, 'vi', table)).toBe(rankingText(result, 'vi'));
    expect(toResultJson(result, 'vi', table)).toEqual(toResultJson(result, 'vi'));
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <RankingTable result={result} lang="vi" onShowUnit={() => undefined} table={table} />
      </FluentProvider>,
    );
    expect(within(container).getAllByRole('columnheader').map((h) => h.textContent)).not.toContain('Cách đơn vị dẫn đầu');
  });

  it('the comparison columns only with an earlier period', () => {
    const alone: ClusterResult = { ...result, comparison: undefined };
    const keys = (r: ClusterResult, s: Surface): string[] => rankingColumns(r, 'vi', s).columns.map((c) => c.key);
    expect(keys(result, 'cli')).toEqual(expect.arrayContaining(['previousRank', 'rankChange']));
    expect(keys(alone, 'cli')).not.toContain('rankChange');
    expect(keys(alone, 'sheet').filter((k) => k.startsWith('previous'))).toEqual([]);
    expect(Object.keys(toResultJson(alone, 'vi').units[0]!)).not.toContain('previous');
  });
});

describe('the JSON order of a row', () => {
  it('follows `at`, then the fields without a place in table order', () => {
    const col = (key: string, at?: number): RankingColumn => ({ key, header: { vi: key, en: key }, value: () => key, format: 'text', width: 1, show: ['json'], json: { key, ...(at === undefined ? {} : { at }) } });
    const ctx = { lang: 'vi' as const, decimals: 2, result: presetResult('vi') };
    expect(Object.keys(jsonOf([col('c'), col('b', 1), col('d'), col('a', 0)], ctx.result.units[0]!, ctx))).toEqual(['a', 'b', 'c', 'd']);
  });
});
