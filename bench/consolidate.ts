/**
 * `consolidate.ms`: consolidating 60 returned forms of 15 criteria (reading every file, checking it,
 * planning the cells), side by side with reading the same rows from one workbook.
 */
import ExcelJS from 'exceljs';
import { loadSubmittedForm } from '../src/hosts/exceljs/form';
import { formXlsx } from '../src/hosts/xlsx/form-xlsx';
import { loadXlsx, newWorkbook, toBuffer } from '../src/hosts/exceljs';
import { consolidate } from '../src/jobs/consolidate';
import { makeForms } from '../src/jobs/forms';
import type { Cell, WorkbookGrid } from '../src/workbook/grid';
import { readWorkbook } from '../src/workbook/read';
import { generateCluster } from '../test/support/generate-cluster';
import { timeMsAsync } from './util';

export interface ConsolidateFigures {
  forms: number;
  criteria: number;
  /** Reading and consolidating every form. */
  consolidateMs: number;
  /** Reading one workbook holding the same rows. */
  oneWorkbookMs: number;
  cellsWritten: number;
}

const OWNED = ['Thực hiện', 'Tự chấm', 'Minh chứng', 'Ghi chú'];

/** The unit-owned figures of the generated cluster, by unit and code. */
function figures(grid: WorkbookGrid): { blank: WorkbookGrid; byKey: Map<string, Cell[]> } {
  const blank = structuredClone(grid);
  const data = blank.sheets.find((s) => s.name === 'Số liệu')!;
  const header = data.rows[0]!.map(String);
  const cols = OWNED.map((h) => header.indexOf(h));
  const byKey = new Map<string, Cell[]>();
  for (const row of data.rows.slice(1)) {
    byKey.set(`${String(row[0])}\u0000${String(row[1])}`, cols.map((j) => (j >= 0 ? (row[j] ?? null) : null)));
    for (const j of cols) if (j >= 0) row[j] = null;
  }
  return { blank, byKey };
}

async function filledForm(bytes: Uint8Array, byKey: Map<string, Cell[]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('Số liệu')!;
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const f = byKey.get(`${String(row.getCell(1).value)}\u0000${String(row.getCell(2).value)}`);
    f?.forEach((v, i) => {
      if (v !== null && typeof v !== 'object') row.getCell(5 + i).value = v;
    });
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function consolidateBench(units: number, criteria: number, runs: number): Promise<ConsolidateFigures> {
  const grid = generateCluster({ units, criteria, seed: 12 });
  const { blank, byKey } = figures(grid);
  const made = makeForms(blank, 'vi');
  if (!made.ok) throw new Error('the generated cluster makes no forms');
  const files = await Promise.all(made.forms.map(async (f) => ({ file: f.file, bytes: await filledForm(await formXlsx(f), byKey) })));
  const sheets = grid.sheets.map((s) => ({ name: s.name, rows: s.rows, headerRows: [], titleRows: [], columns: [], tones: [], freeze: { rows: 0, cols: 0 } }));
  const whole = await toBuffer(newWorkbook(sheets));
  let cellsWritten = 0;
  const consolidateMs = await timeMsAsync(async () => {
    const forms = await Promise.all(files.map((f) => loadSubmittedForm(f.file, f.bytes)));
    const { plan } = consolidate({ file: 'cum.xlsx', grid: blank }, forms, { lang: 'vi' });
    if (!plan.ok || plan.refused > 0) throw new Error('consolidation refused the generated forms');
    cellsWritten = plan.writes.length;
  }, runs);
  const oneWorkbookMs = await timeMsAsync(async () => readWorkbook((await loadXlsx(whole, 'cum.xlsx')).grid), runs);
  return { forms: files.length, criteria, consolidateMs, oneWorkbookMs, cellsWritten };
}
