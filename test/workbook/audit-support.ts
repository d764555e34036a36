/** Evaluating the formula audit with HyperFormula beside the input sheets and the written output sheets. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HyperFormula, type RawCellContent } from 'hyperformula';
import type { Lang } from '../../src/engine/model';
import type { ClusterResult } from '../../src/engine/result';
import { loadXlsx } from '../../src/hosts/exceljs';
import { auditSheet } from '../../src/workbook/audit';
import { isCellError, isFormula, type Cell, type WorkbookGrid } from '../../src/workbook/grid';
import type { OutputSheet } from '../../src/workbook/output';
import { scoreGrid } from '../../src/workbook/pipeline';

export const FIXTURE_NAMES = ['example-a', 'hai-phong-huyen-2024', 'cong-an-cum-347'] as const;

export async function fixtureGrid(name: string): Promise<WorkbookGrid> {
  const file = path.join(__dirname, '..', 'fixtures', `${name}.xlsx`);
  return (await loadXlsx(readFileSync(file), name)).grid;
}

function hfCell(c: Cell | undefined): RawCellContent {
  if (c === null || c === undefined) return null;
  if (isFormula(c)) return `=${c.formula}`;
  if (isCellError(c)) return `'${c.error}`;
  // Text stays text: a leading apostrophe keeps "=…" or "1.1" from being read as a formula or a number.
  if (typeof c === 'string') return `'${c}`;
  return c;
}

/** A sheet's rows placed at its origin (a used range need not start at A1). */
function placed(rows: Cell[][], originRow = 0, originCol = 0): RawCellContent[][] {
  const out: RawCellContent[][] = Array.from({ length: originRow }, () => []);
  for (const r of rows) out.push([...Array<RawCellContent>(originCol).fill(null), ...r.map(hfCell)]);
  return out;
}

export interface Evaluated {
  hf: HyperFormula;
  result: ClusterResult;
  audit: OutputSheet;
  sheets: OutputSheet[];
  grid: WorkbookGrid;
  /** The value of an audit cell (0-based row and column). */
  value: (row: number, col: number) => unknown;
}

export function evaluateAudit(grid: WorkbookGrid, lang: Lang = 'vi'): Evaluated {
  const scored = scoreGrid(grid, lang);
  const { result } = scored;
  if (!result.ok) throw new Error(`not scored: ${JSON.stringify(result.diagnostics.filter((d) => d.severity === 'error').slice(0, 3))}`);
  const sheets = scored.sheets;
  const audit = auditSheet(result, grid, lang, { results: sheets[0]!.name, detail: sheets[1]!.name, resultsSheet: sheets[0], detailSheet: sheets[1] });
  const book: Record<string, RawCellContent[][]> = {};
  for (const s of grid.sheets) book[s.name] = placed(s.rows, s.originRow, s.originCol);
  for (const s of [...sheets, audit]) book[s.name] = placed(s.rows);
  const hf = HyperFormula.buildFromSheets(book, { licenseKey: 'gpl-v3' });
  const id = hf.getSheetId(audit.name)!;
  return { hf, result, audit, sheets, grid, value: (row, col) => hf.getCellValue({ sheet: id, row, col }) };
}

/** The column of a header in the audit's header row `headerRow` (0-based). */
export function columnOf(audit: OutputSheet, headerRow: number, header: string | RegExp): number {
  const cells = audit.rows[headerRow]!;
  const j = cells.findIndex((c) => (typeof header === 'string' ? c === header : typeof c === 'string' && header.test(c)));
  if (j < 0) throw new Error(`no header ${String(header)}`);
  return j;
}
