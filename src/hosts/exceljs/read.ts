/**
 * The exceljs host, reading: an .xlsx (any maker: Excel, LibreOffice, a library) into the plain
 * grid. Buffer in, grid out; the file system is the CLI's business.
 */
import ExcelJS from 'exceljs';
import { ownSheets } from '../../workbook/own-sheets';
import JSZip from 'jszip';
import { normalizeForReading, findBadPart } from '../xlsx/normalize';
import { LIMITS, packageKind, PackageError, unzipBounded, type InflateRaw } from '../xlsx/open';
import { numberFormatShape, UNCALCULATED, type Cell, type NumberShape, type SheetGrid, type WorkbookGrid } from '../../workbook/grid';
import type { OutputKind } from '../../workbook/output';

/** Excel's serial day number of a date (1900 system). */
function serial(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

/** One exceljs cell value as a grid cell. */
export function toCell(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return serial(v);
  if (typeof v === 'object') {
    if ('error' in v) return { error: String(v.error) };
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: ExcelJS.CellValue }).result;
      return result === undefined || result === null ? { error: UNCALCULATED } : toCell(result);
    }
    if ('text' in v) return typeof v.text === 'string' ? v.text : toCell(v.text as ExcelJS.CellValue);
  }
  return String(v);
}

/** A date cell (exceljs gives a Date), or a number formatted as a date or a percent. */
function shapeOf(cell: ExcelJS.Cell): NumberShape | null {
  const v = cell.value;
  const value = typeof v === 'object' && v !== null && 'result' in v ? (v as { result?: ExcelJS.CellValue }).result : v;
  if (value instanceof Date) return 'date';
  return typeof value === 'number' ? numberFormatShape(cell.numFmt) : null;
}

function sheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: Cell[][] = [];
  const shapes: (NumberShape | null)[][] = [];
  const merges: string[] = ((ws.model as { merges?: string[] }).merges ?? []).slice();
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged area holds its value in its first cell only, as Excel shows it.
      cells[c - 1] = cell.isMerged && cell.master.address !== cell.address ? null : toCell(cell.value);
      const shape = shapeOf(cell);
      if (shape) (shapes[r - 1] ??= [])[c - 1] = shape;
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows[r - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  return { name: ws.name, rows, originRow: 0, originCol: 0, merges, ...(shapes.length > 0 ? { shapes } : {}) };
}

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  grid: WorkbookGrid;
  /** Sheets marked as the add-in's own, by name. */
  markers: Map<string, OutputKind>;
}

/** The add-in's own sheets: those a marker name points to (src/workbook/own-sheets.ts, as every host). */
export function readMarkers(workbook: ExcelJS.Workbook): Map<string, OutputKind> {
  const model = (workbook.definedNames as unknown as { model: { name: string; ranges: string[]; localSheetId?: number }[] }).model;
  const names = model.map((dn) => ({ name: dn.name, reference: dn.ranges[0] ?? '', local: dn.localSheetId !== undefined }));
  return ownSheets(names, workbook.worksheets.map((w) => w.name));
}

/** A package of files as a zip exceljs reads (stored, not compressed: it is read once, at once). */
async function storedZip(files: ReadonlyMap<string, Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of files) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

/**
 * Loads an .xlsx. The package is opened within the size limits and checked to be a workbook
 * (open.ts; `inflateRaw` is Node's zlib for the command line, jszip's otherwise), and the parts
 * exceljs would misread are normalised first (normalize.ts). Throws a
 * `PackageError` saying what is wrong: not a zip, too large, not a workbook (an ODS, a .docx…), or
 * the part that cannot be read.
 */
/**
 * An exceljs workbook of a package already opened and checked (the package reader's entries),
 * normalised for exceljs first: for the writers that rewrite a workbook whole.
 */
export async function workbookOfFiles(files: ReadonlyMap<string, Uint8Array>): Promise<ExcelJS.Workbook> {
  const normal = normalizeForReading(files);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings want a Node Buffer; a Uint8Array view of the same bytes is what it reads.
    await workbook.xlsx.load((await storedZip(normal.files)) as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw findBadPart(normal.files) ?? new PackageError({ kind: 'unreadable', reason: e instanceof Error ? e.message : String(e) });
  }
  return workbook;
}

export async function loadXlsx(data: ArrayBuffer | Uint8Array, name?: string, inflateRaw?: InflateRaw): Promise<LoadedWorkbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const files = await unzipBounded(bytes, LIMITS, inflateRaw);
  packageKind(files);
  const normal = normalizeForReading(files);
  const input = normal.changed.length > 0 ? await storedZip(normal.files) : bytes;
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings want a Node Buffer; a Uint8Array view of the same bytes is what it reads.
    await workbook.xlsx.load(input as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw findBadPart(normal.files) ?? new PackageError({ kind: 'unreadable', reason: e instanceof Error ? e.message : String(e) });
  }
  const markers = readMarkers(workbook);
  const sheets = workbook.worksheets.filter((ws) => !markers.has(ws.name)).map(sheetGrid);
  return { workbook, grid: { name, sheets }, markers };
}
