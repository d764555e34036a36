/**
 * Helpers for the Office.js host tests: fixtures as grids, output sheets as tables, and small
 * interpreters of the two kinds of conditional formats the host writes (status tones on output
 * sheets, flags on input sheets), to know which colour a cell shows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadXlsx } from '../../src/hosts/exceljs';
import type { MemoryWorkbook } from '../../src/testing/fake-excel';
import { parseAddress } from '../../src/testing/fake-excel';
import { columnLetter, type Cell, type WorkbookGrid } from '../../src/workbook/grid';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

export async function fixtureGrid(name: string): Promise<WorkbookGrid> {
  const { grid } = await loadXlsx(readFileSync(path.join(FIXTURES, `${name}.xlsx`)), `${name}.xlsx`);
  return grid;
}

export interface ExpectedUnit {
  unit: string;
  rank: number;
  total: number;
  max: number;
  percent: number;
  classification: string;
  groups: Record<string, number>;
  bonus: number;
  penalty: number;
  criteria: Record<string, { status: string; points: number | null }>;
}

export interface Expected {
  units: ExpectedUnit[];
  nominations: { award: string; unit: string; status: 'nominated' | 'vote' }[];
  notNominated: { unit: string }[];
}

export function expected(name: string): Expected {
  return JSON.parse(readFileSync(path.join(FIXTURES, `${name}.expected.json`), 'utf8')) as Expected;
}

/** A sheet's rows, each padded to `width` cells with null. */
export function table(book: MemoryWorkbook, sheet: string, width?: number): Cell[][] {
  const s = book.sheet(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const rows = Array.from(s.rows, (r) => (r ? [...r] : []));
  const w = width ?? rows.reduce((m, r) => Math.max(m, r.length), 0);
  return rows.map((r) => [...r, ...Array<Cell>(Math.max(0, w - r.length)).fill(null)]);
}

/** Every formula on a sheet (the host must write none). */
export function formulas(book: MemoryWorkbook, sheet: string): string[] {
  return [...(book.sheet(sheet)?.formulas.values() ?? [])];
}

const inArea = (a: { top: number; left: number; bottom: number; right: number }, r: number, c: number): boolean =>
  r >= a.top && r <= a.bottom && c >= a.left && c <= a.right;

/** The fill an output sheet's tone rules (`=G4="Vượt"`) give a cell, or its static fill. */
export function toneFill(book: MemoryWorkbook, sheet: string, address: string): string | null {
  const s = book.sheet(sheet)!;
  const { top: r, left: c } = parseAddress(address)!;
  for (const cf of s.conditionalFormats) {
    if (!inArea(cf.area, r, c)) continue;
    const m = /^=([A-Z]+)(\d+)="((?:[^"]|"")*)"$/.exec(cf.formula ?? '');
    if (!m) continue;
    const ref = parseAddress(`${m[1]}${m[2]}`)!;
    const v = s.rows[ref.top + r - cf.area.top]?.[ref.left + c - cf.area.left];
    if (typeof v === 'string' && v.toLowerCase() === m[3]!.replace(/""/g, '"').toLowerCase()) return cf.fill;
  }
  return book.formatAt(sheet, address).fill ?? null;
}

/** The fill an input cell shows through the add-in's flag rules, or null. */
export function flagFill(book: MemoryWorkbook, sheet: string, address: string): string | null {
  const s = book.sheet(sheet)!;
  const { top: r, left: c } = parseAddress(address)!;
  for (const cf of s.conditionalFormats) {
    if (!inArea(cf.area, r, c)) continue;
    const m = /^=AND\(N\("ThiDua:\w+"\)=0,(?:'((?:[^']|'')+)'|(\w+))!([A-Z]+)(\d+)=(\d)\)$/.exec(cf.formula ?? '');
    if (!m) continue;
    const helper = book.sheet(m[1] ? m[1].replace(/''/g, "'") : m[2]!);
    const ref = parseAddress(`${m[3]}${m[4]}`)!;
    const v = helper?.rows[ref.top + r - cf.area.top]?.[ref.left + c - cf.area.left];
    if (v === Number(m[5])) return cf.fill;
  }
  return null;
}

/** `A1`-style address of 0-based row and column. */
export const at = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;

const STATUS_VI: Record<string, string> = {
  exceeded: 'Vượt',
  met: 'Đạt',
  below: 'Chưa đạt',
  missing: 'Thiếu số liệu',
  excluded: 'Không giao chỉ tiêu',
  scored: 'Đã chấm',
};

export const OUTPUT_VI = { results: 'Kết quả', detail: 'Chi tiết điểm', nominations: 'Đề nghị khen thưởng' };

/** Checks the three Vietnamese output sheets against a fixture's expected result. */
export function expectOutputs(book: MemoryWorkbook, exp: Expected, names = OUTPUT_VI): void {
  const res = table(book, names.results);
  const header = res[2]!.map((h) => String(h ?? ''));
  const col = (h: string): number => {
    const i = header.indexOf(h);
    expect(i).toBeGreaterThanOrEqual(0);
    return i;
  };
  const body = res.slice(3).filter((r) => r.some((c) => c !== null));
  expect(body).toHaveLength(exp.units.length);
  expect(body.map((r) => r[col('Hạng')])).toEqual(exp.units.map((u) => u.rank));
  const byUnit = new Map(body.map((r) => [r[col('Đơn vị')], r] as const));
  for (const u of exp.units) {
    const row = byUnit.get(u.unit);
    expect(row).toBeDefined();
    expect(row![col('Hạng')]).toBe(u.rank);
    expect(row![col('Tổng điểm')]).toBeCloseTo(u.total, 9);
    expect(row![col('Điểm tối đa')]).toBeCloseTo(u.max, 9);
    expect(row![col('Tỷ lệ %')]).toBeCloseTo(u.percent, 9);
    expect(row![col('Xếp loại')]).toBe(u.classification);
    expect(row![col('Điểm thưởng')]).toBeCloseTo(u.bonus, 9);
    expect(row![col('Điểm trừ')]).toBeCloseTo(u.penalty, 9);
    for (const [g, pts] of Object.entries(u.groups)) {
      const gi = header.findIndex((h) => h.startsWith(`${g}. `));
      expect(row![gi]).toBeCloseTo(pts, 9);
    }
  }

  const detail = table(book, names.detail, 11).slice(3);
  const cell = new Map(detail.map((r) => [`${r[0]}\u0000${r[1]}`, r] as const));
  for (const u of exp.units)
    for (const [code, c] of Object.entries(u.criteria)) {
      const row = cell.get(`${u.unit}\u0000${code}`);
      expect(row).toBeDefined();
      expect(row![6]).toBe(STATUS_VI[c.status]);
      if (c.points === null) expect(row![7]).toBeNull();
      else expect(row![7]).toBeCloseTo(c.points, 9);
    }

  const nom = table(book, names.nominations, 6);
  const end = nom.findIndex((r, i) => i > 2 && r.every((c) => c === null));
  const proposed = nom.slice(3, end < 0 ? undefined : end);
  expect(proposed.map((r) => ({ award: r[2], unit: r[1], vote: String(r[5]).startsWith('Cần bình xét') }))).toEqual(
    exp.nominations.map((n) => ({ award: n.award, unit: n.unit, vote: n.status === 'vote' })),
  );
  // The units not proposed: the table after the proposals, up to the next blank row (the units an
  // award's conditions left out may follow it).
  const after = end < 0 ? [] : nom.slice(end + 3);
  const stop = after.findIndex((r) => r.every((c) => c === null));
  const notProposed = (stop < 0 ? after : after.slice(0, stop)).filter((r) => r[1] !== null);
  expect(notProposed.map((r) => r[1]).sort()).toEqual(exp.notNominated.map((n) => n.unit).sort());
}

/** Snapshots of the given sheets, to compare before and after. */
export function snapshots(book: MemoryWorkbook, sheets: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(sheets.map((s) => [s, book.snapshot(s)]));
}
