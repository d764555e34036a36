/**
 * A minimal `CustomFunctions` global as Excel's runtime provides it: an Error class that records its
 * code and message, the error codes, and `associate` recording what was registered.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { loadXlsx } from '../../src/hosts/exceljs';
import { toRows } from '../../src/functions/args';
import { rectangular, type Cell, type NumberShape, type SheetGrid } from '../../src/workbook/grid';

export class FakeExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const ErrorCode = {
  divisionByZero: '#DIV/0!',
  invalidName: '#NAME?',
  invalidNumber: '#NUM!',
  invalidReference: '#REF!',
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  nullReference: '#NULL!',
} as const;

export const associations = new Map<string, unknown>();

/** Installs the global (idempotent); returns the map of associated ids. */
export function installCustomFunctions(): Map<string, unknown> {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: FakeExcelError,
    ErrorCode,
    associate: (id: string, fn: unknown) => associations.set(id, fn),
  };
  return associations;
}

/** Office's display language as the functions see it (`Office.context.displayLanguage`); undefined removes Office. */
export function officeLanguage(code: string | undefined): void {
  if (code === undefined) delete (globalThis as Record<string, unknown>).Office;
  else (globalThis as Record<string, unknown>).Office = { context: { displayLanguage: code } };
}

export function removeCustomFunctions(): void {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
}

/** Runs `call` and returns the Excel error it threw (failing the test when it returned a value). */
export function excelError(call: () => unknown): FakeExcelError {
  let value: unknown;
  try {
    value = call();
  } catch (e) {
    if (e instanceof FakeExcelError) return e;
    throw new Error(`threw something other than a CustomFunctions.Error: ${String(e)}`);
  }
  throw new Error(`returned ${JSON.stringify(value)} instead of an Excel error`);
}

/** An error cell as Excel passes it into a function. */
export const errorCell = (code: string): FakeExcelError => new FakeExcelError(code);

/** Each sheet of a fixture workbook as the 2-D array Excel passes for its used range (blanks as ""). */
export async function fixtureRanges(file: string): Promise<Map<string, unknown[][]>> {
  const { grid } = await loadXlsx(readFileSync(join(__dirname, '..', 'fixtures', file)));
  return new Map(grid.sheets.map((s) => [s.name, rectangular(s.rows).map((row) => row.map((c: Cell) => (c === null ? '' : c)))]));
}

/**
 * A `Số liệu` range as the sheet grid its function reading stands for: its cells (toRows) with every
 * number format `unseen`, since a custom function gets bare values and cannot see a cell's format.
 * The sheet readers see the formats (the fixtures' percent cells read as percents, their dates
 * refused as dates); only this grid reads as the function does.
 */
export function unseenFormatGrid(name: string, values: unknown): SheetGrid {
  const rows = toRows(values);
  return { name, rows, shapes: rows.map((row) => row.map((): NumberShape => 'unseen')) };
}
