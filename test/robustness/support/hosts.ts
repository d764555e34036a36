/**
 * One workbook through both hosts: the `thidua` CLI (exceljs, a real .xlsx in a fresh folder) and
 * the Office.js host on the in-memory Excel (`createOfficeApi(memory.run)`), with what each left
 * behind: files, sheets, defined names, and the input before and after.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Outcome, ScoreRun, WorkbookInfo } from '../../../src/app/api';
import type { ResultJson } from '../../../src/engine/json';
import { MemoryWorkbook } from '../../../src/testing/fake-excel';
import { createOfficeApi } from '../../../src/hosts/office';
import type { WorkbookGrid } from '../../../src/workbook/grid';
import { digest, run, writeXlsx } from '../../cli/helpers';
import { snapshots } from '../../support/office';

/** A temporary folder per test file; `done()` removes them all. */
const folders: string[] = [];
export function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'thidua-robust-'));
  folders.push(dir);
  return dir;
}
export function removeFolders(): void {
  for (const d of folders.splice(0)) rmSync(d, { recursive: true, force: true });
}

export async function xlsxOf(grid: WorkbookGrid): Promise<Uint8Array> {
  const dir = folder();
  const file = path.join(dir, 'tmp.xlsx');
  await writeXlsx(file, grid);
  return new Uint8Array(readFileSync(file));
}

export interface CliRun {
  code: number;
  err: string[];
  out: string[];
  /** The folder's files after the run (the input among them). */
  files: string[];
  /** The input file's bytes were not changed. */
  inputUnchanged: boolean;
  /** The result JSON, when one was written. */
  json: ResultJson | null;
  dir: string;
}

/** `thidua score <input> --out out.xlsx --json out.json` in a folder of its own. */
export async function cliScore(bytes: Uint8Array, inputName = 'cum.xlsx', extra: string[] = []): Promise<CliRun> {
  const dir = folder();
  const input = path.join(dir, inputName);
  writeFileSync(input, bytes);
  const before = digest(input);
  const jsonFile = path.join(dir, 'out.json');
  const r = await run('score', input, '--out', path.join(dir, 'out.xlsx'), '--json', jsonFile, ...extra);
  const files = readdirSync(dir).sort();
  return {
    code: r.code,
    err: r.err,
    out: r.out,
    files,
    inputUnchanged: digest(input) === before,
    json: files.includes('out.json') ? (JSON.parse(readFileSync(jsonFile, 'utf8')) as ResultJson) : null,
    dir,
  };
}

export interface OfficeRun {
  book: MemoryWorkbook;
  /** The sheets before the run. */
  sheets: string[];
  before: Record<string, unknown>;
  inspected: Outcome<WorkbookInfo>;
  scored: Outcome<ScoreRun>;
}

/** Kiểm tra, then one click of Chấm điểm, on an in-memory workbook holding the grid. */
export async function officeRun(grid: WorkbookGrid, flagInPlace: boolean): Promise<OfficeRun> {
  const book = MemoryWorkbook.fromGrid(grid);
  const sheets = book.sheetNames();
  const before = snapshots(book, sheets);
  const api = createOfficeApi(book.run);
  const inspected = await api.inspect('vi');
  const scored = await api.score({ lang: 'vi', flagInPlace });
  return { book, sheets, before, inspected, scored };
}
