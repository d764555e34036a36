/** Helpers for the forms tests: a fixture with its figures blanked, and forms filled by other programs. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { toCell } from '../../src/hosts/exceljs';
import type { Cell } from '../../src/workbook/grid';
import { loadWorkbook } from '../cli/helpers';

export const PYTHON = '/usr/bin/python3';
export const SOFFICE = '/usr/bin/soffice';
export const hasPython = existsSync(PYTHON);
export const hasSoffice = existsSync(SOFFICE);

/** The columns a unit owns, as the fixtures head them. */
export const OWNED = ['Thực hiện', 'Tự chấm', 'Minh chứng', 'Ghi chú'];

export interface DataSheet {
  ws: ExcelJS.Worksheet;
  headerRow: number;
  col: Map<string, number>;
}

export function dataSheet(wb: ExcelJS.Workbook): DataSheet {
  const ws = wb.getWorksheet('Số liệu')!;
  for (let r = 1; r <= 20; r++) {
    const col = new Map<string, number>();
    ws.getRow(r).eachCell((c, j) => {
      if (typeof c.value === 'string') col.set(c.value, j);
    });
    if (col.has('Đơn vị') && col.has('Mã tiêu chí')) return { ws, headerRow: r, col };
  }
  throw new Error('no data header');
}

/** unit \0 code → the owned figures of the fixture's row. */
export async function figuresOf(file: string): Promise<Map<string, Record<string, Cell>>> {
  const d = dataSheet(await loadWorkbook(file));
  const out = new Map<string, Record<string, Cell>>();
  d.ws.eachRow((row, r) => {
    if (r <= d.headerRow) return;
    const unit = toCell(row.getCell(d.col.get('Đơn vị')!).value);
    const code = toCell(row.getCell(d.col.get('Mã tiêu chí')!).value);
    if (unit === null || code === null) return;
    const figures: Record<string, Cell> = {};
    for (const h of OWNED) figures[h] = d.col.has(h) ? toCell(row.getCell(d.col.get(h)!).value) : null;
    out.set(`${String(unit).trim()}\u0000${String(code)}`, figures);
  });
  return out;
}

/** A copy of a fixture with the owned columns blank (targets and appraised scores kept). */
export async function blankFigures(file: string, out: string): Promise<void> {
  const wb = await loadWorkbook(file);
  const d = dataSheet(wb);
  d.ws.eachRow((row, r) => {
    if (r <= d.headerRow) return;
    for (const h of OWNED) if (d.col.has(h)) row.getCell(d.col.get(h)!).value = null;
  });
  writeFileSync(out, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/** Fills a form the way a unit would, with exceljs (another program than the one that wrote it). */
export async function fillWithExceljs(form: string, figures: Map<string, Record<string, Cell>>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(form) as unknown as ExcelJS.Buffer);
  const d = dataSheet(wb);
  d.ws.eachRow((row, r) => {
    if (r <= d.headerRow) return;
    const key = `${String(row.getCell(1).value)}\u0000${String(row.getCell(2).value)}`;
    const f = figures.get(key);
    if (!f) return;
    for (const h of OWNED) {
      const v = f[h];
      if (v !== null && v !== undefined) row.getCell(d.col.get(h)!).value = typeof v === 'object' ? null : v;
    }
  });
  writeFileSync(form, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

const PY_FILL = `
import sys, openpyxl
fixture, forms = sys.argv[1], sys.argv[2:]
src = openpyxl.load_workbook(fixture, data_only=True)['Số liệu']
rows = list(src.iter_rows(values_only=True))
h = next(i for i, r in enumerate(rows) if 'Đơn vị' in r and 'Mã tiêu chí' in r)
head = list(rows[h])
owned = ['Thực hiện', 'Tự chấm', 'Minh chứng', 'Ghi chú']
figs = {}
for r in rows[h + 1:]:
    u, c = r[head.index('Đơn vị')], r[head.index('Mã tiêu chí')]
    if u is None or c is None: continue
    figs[(str(u).strip(), str(c))] = {k: (r[head.index(k)] if k in head else None) for k in owned}
for f in forms:
    wb = openpyxl.load_workbook(f)
    ws = wb['Số liệu']
    fh = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        key = (str(row[0].value), str(row[1].value))
        if key not in figs: continue
        for k, v in figs[key].items():
            if v is not None: row[fh.index(k)].value = v
    wb.save(f)
`;

/** Fills forms with openpyxl (Python), from the fixture's own figures. */
export function fillWithOpenpyxl(fixture: string, forms: readonly string[]): void {
  execFileSync(PYTHON, ['-c', PY_FILL, fixture, ...forms], { stdio: 'pipe' });
}
