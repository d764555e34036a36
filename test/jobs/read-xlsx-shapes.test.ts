/**
 * The pane's reader of picked forms (read-xlsx.ts) reads the cell formats as the command line's
 * exceljs reader does (issue 12): a date typed in a figure cell is refused (`dateInFigure`) by both
 * the CLI and the pane's path, at the same cell, and a percent-formatted figure is read alike.
 * The forms are filled by openpyxl, with built-in (14, 10) and custom (`dd/mm/yyyy`, `0.0%`) formats.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadXlsx } from '../../src/hosts/exceljs';
import { loadSubmittedForm } from '../../src/hosts/exceljs/form';
import { formXlsx } from '../../src/hosts/xlsx/form-xlsx';
import { PackageError } from '../../src/hosts/xlsx/open';
import { cellFormats } from '../../src/hosts/xlsx/read-book';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { consolidate } from '../../src/jobs/consolidate';
import { makeForms } from '../../src/jobs/forms';
import type { SubmittedForm } from '../../src/workbook/consolidate';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { FIXTURES, run, tempDir } from '../cli/helpers';
import { PYTHON } from './form-support';

jest.setTimeout(120_000);

describe('cellFormats (the package reader\'s styles)', () => {
  const styles = (xml: string) => new Map([['xl/styles.xml', new TextEncoder().encode(xml)]]);
  const shapes = (xml: string) => cellFormats(styles(xml), 'xl/styles.xml');

  it('gives each cell format its shape: built-in dates and percents, custom codes, a redefined built-in id; any prefix', () => {
    const xml = `<?xml version="1.0"?><x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <x:numFmts count="4"><x:numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><x:numFmt numFmtId="165" formatCode="0.0%"/>
      <x:numFmt numFmtId="166" formatCode="#,##0.00"/><x:numFmt numFmtId="20" formatCode="0.00"/></x:numFmts>
      <x:cellXfs count="10"><x:xf numFmtId="0"/><x:xf numFmtId="14"/><x:xf numFmtId="164"/><x:xf numFmtId="10"/><x:xf numFmtId="165"/>
      <x:xf numFmtId="166"/><x:xf numFmtId="22"/><x:xf numFmtId="47"/><x:xf numFmtId="3"/><x:xf numFmtId="20"/></x:cellXfs></x:styleSheet>`;
    expect(shapes(xml)).toEqual([null, 'date', 'date', 'percent', 'percent', null, 'date', 'date', null, null]);
    // The built-in ids around the date and percent ranges.
    const ids = [13, 14, 22, 23, 44, 45, 47, 48, 9];
    const builtIn = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs>${ids.map((id) => `<xf numFmtId="${id}"/>`).join('')}</cellXfs></styleSheet>`;
    expect(shapes(builtIn)).toEqual([null, 'date', 'date', null, null, 'date', 'date', null, 'percent']);
    // Strict OOXML's namespace reads alike; another namespace is not SpreadsheetML's.
    expect(shapes('<styleSheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><cellXfs><xf numFmtId="14"/></cellXfs></styleSheet>')).toEqual(['date']);
    expect(shapes('<styleSheet xmlns="urn:other"><cellXfs><xf numFmtId="14"/></cellXfs></styleSheet>')).toEqual([]);
  });

  it('no styles part gives no formats (numbers read as stored); a part that is no XML is a damaged part, named', () => {
    expect(cellFormats(new Map(), 'xl/styles.xml')).toEqual([]);
    expect(cellFormats(styles('<x/>'), undefined)).toEqual([]);
    let thrown: unknown;
    try {
      cellFormats(styles('<styleSheet><cellXfs>'), 'xl/styles.xml');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(PackageError);
    expect((thrown as PackageError).problem).toMatchObject({ kind: 'badPart', part: 'xl/styles.xml' });
  });
});

/** Sets the first unit row's `Thực hiện` of a form with openpyxl: a value and its number format. */
const PY_SET = `
import sys, openpyxl
f, value, fmt = sys.argv[1], float(sys.argv[2]), sys.argv[3]
wb = openpyxl.load_workbook(f)
ws = wb['Số liệu']
head = [c.value for c in ws[1]]
cell = ws.cell(row=2, column=head.index('Thực hiện') + 1)
cell.value = value
cell.number_format = fmt
wb.save(f)
print(cell.coordinate)
`;

describe('a form with a date or a percent in a figure cell: the CLI and the pane read it alike', () => {
  const tmp = tempDir();
  let cluster: WorkbookGrid;
  let formBytes: Uint8Array;
  let formFile: string;
  const clusterFile = path.join(FIXTURES, 'example-a.xlsx');
  beforeAll(async () => {
    cluster = (await loadXlsx(readFileSync(clusterFile), 'example-a.xlsx')).grid;
    const form = makeForms(cluster, 'vi').forms[0]!;
    formFile = form.file;
    formBytes = await formXlsx(form);
  });
  afterAll(() => tmp.cleanup());

  /** The form with its first figure set by openpyxl; its cell and both readers' forms. */
  async function filled(value: number, fmt: string, name: string): Promise<{ file: string; cell: string; cli: SubmittedForm; pane: SubmittedForm }> {
    const file = tmp.file(name);
    writeFileSync(file, formBytes);
    const cell = execFileSync(PYTHON, ['-c', PY_SET, file, String(value), fmt], { encoding: 'utf8' }).trim();
    const bytes = new Uint8Array(readFileSync(file));
    const cli = await loadSubmittedForm(formFile, bytes);
    const read = await readXlsx(bytes, formFile);
    return { file, cell, cli, pane: { file: formFile, grid: read.grid, names: read.names, modified: read.modified } };
  }

  const outcome = (form: SubmittedForm) => {
    const { plan } = consolidate({ file: 'example-a.xlsx', grid: cluster }, [form], { lang: 'vi' });
    return {
      ok: plan.ok,
      diagnostics: plan.diagnostics.map((d) => [d.severity, d.code, d.sheet, d.cell]),
      writes: plan.writes.map((w) => [w.sheet, w.cell, w.value]),
      statuses: plan.submissions.map((s) => s.status),
    };
  };

  it.each([
    ['dd/mm/yyyy', 'custom'],
    ['mm-dd-yy', 'built-in 14'],
  ])('a date (%s, %s) is refused at its cell by both paths', async (fmt, _kind) => {
    const f = await filled(45413, fmt, `date-${fmt.replace(/\W/g, '')}.xlsx`);
    const shape = (g: WorkbookGrid | null) => g!.sheets.find((s) => s.name === 'Số liệu')!.shapes?.[1]?.[4];
    expect(shape(f.pane.grid)).toBe('date');
    expect(shape(f.pane.grid)).toBe(shape(f.cli.grid));
    const pane = outcome(f.pane);
    expect(pane.diagnostics).toContainEqual(['error', 'dateInFigure', 'Số liệu', f.cell]);
    expect(pane.writes.map((w) => w[2])).not.toContain(45413);
    expect(pane).toEqual(outcome(f.cli));
  });

  it('the command line refuses the same file, naming the file and the cell', async () => {
    const f = await filled(45413, 'dd/mm/yyyy', 'cli-date.xlsx');
    const r = await run('consolidate', clusterFile, f.file, '--out', tmp.file('gop.xlsx'));
    expect(r.stderr).toContain(`Số liệu!${f.cell}`);
    expect(r.stderr).toContain('Ô chứa ngày tháng 01/05/2024');
  });

  it.each([
    ['0.0%', 'custom'],
    ['0.00%', 'built-in 10'],
  ])('a percent (%s, %s) is read alike by both paths', async (fmt) => {
    const f = await filled(0.879, fmt, `pct-${fmt.replace(/\W/g, '')}.xlsx`);
    const shape = (g: WorkbookGrid | null) => g!.sheets.find((s) => s.name === 'Số liệu')!.shapes?.[1]?.[4];
    expect(shape(f.pane.grid)).toBe('percent');
    expect(shape(f.cli.grid)).toBe('percent');
    const pane = outcome(f.pane);
    expect(pane.diagnostics.some((d) => d[1] === 'dateInFigure')).toBe(false);
    expect(pane).toEqual(outcome(f.cli));
  });
});
