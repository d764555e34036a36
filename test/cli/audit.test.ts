/**
 * `thidua score --audit`: the result workbook carries `Công thức kiểm tra` with formulas and no
 * cached values, and LibreOffice, recalculating it from scratch, finds every check `Khớp` and every
 * figure equal to the engine's.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { ResultJson } from '../../src/engine/json';
import { loadXlsx } from '../../src/hosts/exceljs';
import { scoreGrid } from '../../src/workbook/pipeline';
import { sofficeAvailable, sofficeConvert } from '../support/soffice';
import { FIXTURES, run, tempDir } from './helpers';

const NAMES = ['example-a', 'hai-phong-huyen-2024', 'cong-an-cum-347'];

/** The XML of a sheet of an .xlsx, by its name. */
async function sheetXmlOf(file: string, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1]!;
  return zip.file(`xl/${target.replace(/^\/?xl\//, '')}`)!.async('string');
}

/** Every value of a column under the header `header`, down to the next blank header row. */
function cellValue(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === 'object' && 'result' in v) return v.result;
  if (v && typeof v === 'object' && 'formula' in v) return undefined;
  return v;
}

describe('thidua score --audit', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const outs = NAMES.map((n) => tmp.file(`${n}.ketqua.xlsx`));

  beforeAll(async () => {
    for (const [i, n] of NAMES.entries()) {
      const r = await run('score', path.join(FIXTURES, `${n}.xlsx`), '--audit', '--out', outs[i]!, '--json', tmp.file(`${n}.json`));
      expect([n, r.code]).toEqual([n, 0]);
    }
  }, 120_000);

  it.each(NAMES.map((n, i) => [n, i] as const))('%s: writes the audit sheet with formulas and no cached values', async (_n, i) => {
    const xml = await sheetXmlOf(outs[i]!, 'Công thức kiểm tra');
    const formulas = xml.match(/<f>[^<]*<\/f>/g) ?? [];
    expect(formulas.length).toBeGreaterThan(100);
    expect(xml).not.toMatch(/<\/f><v>/);
    expect(xml).toContain('SUMIFS(');
    expect(xml).toContain('COUNTIFS(');
    // MAXIFS is stored with its file prefix, as Excel needs it; every fixture has a relative criterion.
    expect(xml).toContain('_xlfn.MAXIFS(');
    expect(xml).not.toMatch(/[^.]MAXIFS\(/);
  });

  it('writes no audit without --audit', async () => {
    const out = tmp.file('plain.xlsx');
    expect((await run('score', path.join(FIXTURES, 'example-a.xlsx'), '--out', out)).code).toBe(0);
    const wb = await JSZip.loadAsync(readFileSync(out)).then((z) => z.file('xl/workbook.xml')!.async('string'));
    expect(wb).not.toContain('Công thức kiểm tra');
    expect(wb).not.toContain('ThiDua_CongThuc');
  });

  it('LibreOffice recalculates the audit from scratch and finds only Khớp', async () => {
    if (!sofficeAvailable()) return;
    const dir = tmp.file('lo');
    mkdirSync(dir);
    await sofficeConvert(outs, 'xlsx', dir);
    for (const [i, n] of NAMES.entries()) {
      const json = JSON.parse(readFileSync(tmp.file(`${n}.json`), 'utf8')) as ResultJson;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(dir, path.basename(outs[i]!)));
      const ws = wb.getWorksheet('Công thức kiểm tra')!;
      const checks: unknown[][] = [[], []];
      const totals = new Map<string, number>();
      let section = -1;
      let checkCol = 0;
      let totalCol = 0;
      ws.eachRow((row) => {
        const values = (row.values as ExcelJS.CellValue[]).map(cellValue);
        const c = values.indexOf('Kiểm tra');
        if (c > 0) {
          section++;
          checkCol = c;
          totalCol = values.indexOf('Tổng điểm');
          return;
        }
        if (section >= 0 && typeof values[1] === 'number') {
          checks[section]!.push(values[checkCol]);
          if (section === 0) totals.set(String(values[2]), Number(values[totalCol]));
        }
      });
      const units = json.units.length;
      const { grid } = await loadXlsx(readFileSync(path.join(FIXTURES, `${n}.xlsx`)), n);
      const leaves = scoreGrid(grid, 'vi').result.criteria.filter((c) => c.kind !== 'group').length;
      expect([n, checks[0]!.length, checks[1]!.length]).toEqual([n, units, units * leaves]);
      expect([n, checks.flat().filter((c) => c !== 'Khớp')]).toEqual([n, []]);
      expect([n, totals.size]).toEqual([n, units]);
      for (const u of json.units) expect([n, u.unit, Math.round(totals.get(u.unit)! * 100)]).toEqual([n, u.unit, Math.round(u.total * 100)]);
    }
  }, 180_000);
});

describe('the exceljs fallback writer', () => {
  it('writes the audit’s formulas (MAXIFS with its file prefix) without cached values', async () => {
    const { newWorkbook, toBuffer } = await import('../../src/hosts/exceljs');
    const bytes = await toBuffer(
      newWorkbook([{ name: 'S', rows: [[1, { formula: 'MAXIFS(A1:A1,A1:A1,1)' }, '=1+1']], headerRows: [], titleRows: [], columns: [], tones: [], freeze: { rows: 0, cols: 0 } }]),
    );
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toMatch(/<c r="B1"[^>]*><f>_xlfn\.MAXIFS\(A1:A1,A1:A1,1\)<\/f><\/c>/);
    // Formula-like text stays text.
    expect(xml).not.toContain('<f>1+1</f>');
  });
});
