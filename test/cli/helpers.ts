/** Running the CLI in-process on real .xlsx files in a temporary folder. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main, type Io } from '../../src/cli/main';
import { loadXlsx } from '../../src/hosts/exceljs';
import type { ResultJson } from '../../src/engine/json';
import type { Cell, WorkbookGrid } from '../../src/workbook/grid';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

export interface Run {
  code: number;
  out: string[];
  err: string[];
  /** Everything written to stdout, lines joined. */
  stdout: string;
  stderr: string;
}

/** Runs `thidua …` in-process with a capturing io. */
export async function run(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (s) => out.push(s), err: (s) => err.push(s) };
  const code = await main(argv, io);
  return { code, out, err, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** A fresh temporary folder, removed by `cleanup()`. */
export function tempDir(): { dir: string; file: (name: string) => string; list: () => string[]; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'thidua-test-'));
  return {
    dir,
    file: (name) => path.join(dir, name),
    list: () => readdirSync(dir).sort(),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function digest(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function toExcel(c: Cell): ExcelJS.CellValue {
  if (c === null) return null;
  if (typeof c === 'object') return 'formula' in c ? { formula: c.formula } : ({ error: c.error } as ExcelJS.CellErrorValue);
  return c;
}

/** Writes a grid workbook as a real .xlsx (merges included), cell by cell. */
export async function writeXlsx(file: string, grid: WorkbookGrid): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of grid.sheets) {
    const ws = wb.addWorksheet(s.name);
    const r0 = (s.originRow ?? 0) + 1;
    const c0 = (s.originCol ?? 0) + 1;
    s.rows.forEach((cells, i) =>
      cells.forEach((c, j) => {
        if (c !== null) ws.getCell(r0 + i, c0 + j).value = toExcel(c);
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  return wb;
}

/** The input grid of an .xlsx as the CLI reads it (the add-in's own sheets left out). */
export async function inputGrid(file: string): Promise<WorkbookGrid> {
  return (await loadXlsx(readFileSync(file))).grid;
}

export function readJson(file: string): ResultJson {
  return JSON.parse(readFileSync(file, 'utf8')) as ResultJson;
}

/** The values of a worksheet as rows of plain values (1-based rows become 0-based). */
export function sheetValues(ws: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: ExcelJS.CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells[c - 1] = cell.value;
    });
    rows[r - 1] = cells;
  });
  return rows;
}
