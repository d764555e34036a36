/**
 * The hosts' SheetSinks (issue 11): every host hands a job's sheets to its sink through the same
 * `writeScored`, and each sink writes the same sheet documents its way — the surgical package writer,
 * exceljs (with `Lịch sử` appended), the Office.js host over the fake Excel.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadXlsx } from '../../src/hosts/exceljs';
import { WorkbookSink } from '../../src/hosts/exceljs/sink';
import { PackageSource } from '../../src/hosts/exceljs/source';
import { OfficeSheetSink } from '../../src/hosts/office/sink';
import { readBook } from '../../src/hosts/office/read';
import { PackageSink, SurgicalSink } from '../../src/hosts/xlsx/sink';
import type { SheetSink } from '../../src/jobs/ports';
import { scoreBook, writeScored } from '../../src/jobs/score';
import { MemoryWorkbook } from '../../src/testing/fake-excel';
import type { OutputSheet } from '../../src/workbook/output';
import { FIXTURES, fixtureGrid, table } from '../support/office';

/** example-a's outputs: no warnings, so no Warnings sheet is placed. */
const OUTPUTS = ['Kết quả', 'Chi tiết điểm', 'Đề nghị khen thưởng'];

const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(FIXTURES, `${name}.xlsx`)));

function counting<R>(sink: SheetSink<R>): SheetSink<R> & { calls: number } {
  const c = { calls: 0, write: (sheets: readonly OutputSheet[]) => (c.calls++, sink.write(sheets)) };
  return c;
}

describe('writeScored', () => {
  it('hands a ranked run’s sheets to the sink once and gives back its report', async () => {
    const source = new PackageSource(bytesOf('example-a'));
    const run = scoreBook(await source.read(), { lang: 'vi' });
    const sink = counting(new PackageSink(source));
    const written = await writeScored(run, sink);
    expect(sink.calls).toBe(1);
    expect(written!.surgical).toBe(true);
    const back = await loadXlsx(written!.bytes);
    expect(back.workbook.worksheets.map((w) => w.name)).toEqual(['Tiêu chí', 'Số liệu', 'Đơn vị', 'Khen thưởng', ...OUTPUTS]);
  });

  it('writes nothing for a book with errors', async () => {
    const grid = await fixtureGrid('example-a');
    const data = grid.sheets.find((s) => s.name === 'Số liệu')!;
    const row = data.rows.findIndex((r, i) => i > 0 && r.some((c) => typeof c === 'number'));
    data.rows[row]![data.rows[row]!.findIndex((c) => typeof c === 'number')] = 'không phải số';
    const run = scoreBook({ grid, existing: [] }, { lang: 'vi' });
    expect(run.result.ok).toBe(false);
    const sink = counting(new SurgicalSink(bytesOf('example-a')));
    expect(await writeScored(run, sink)).toBeNull();
    expect(sink.calls).toBe(0);
  });
});

describe('the file sinks', () => {
  it('the surgical sink keeps the input’s parts; the exceljs sink rewrites the workbook and appends nothing unasked', async () => {
    const source = new PackageSource(bytesOf('example-a'));
    const run = scoreBook(await source.read(), { lang: 'en' });
    const surgical = await new SurgicalSink(source.bytes).write(run.sheets);
    if (!surgical.ok) throw new Error(surgical.reason);
    const whole = await new WorkbookSink(source).write(run.sheets);
    expect(whole.surgical).toBe(false);
    for (const bytes of [surgical.bytes, whole.bytes]) {
      const back = await loadXlsx(bytes);
      const results = back.workbook.getWorksheet(run.sheets[0]!.name)!;
      expect(String(results.getCell('A1').value)).toBe(run.sheets[0]!.rows[0]![0]);
    }
    expect((await loadXlsx(whole.bytes)).workbook.worksheets.map((w) => w.name)).not.toContain('History');
  });
});

describe('the Office.js sink', () => {
  it('places and writes the sheets in the host’s syncs, and knows what it added before it runs', async () => {
    const book = MemoryWorkbook.fromGrid(await fixtureGrid('example-a'));
    const run = scoreBook({ grid: await fixtureGrid('example-a'), existing: [] }, { lang: 'vi' });
    let created: string[] = [];
    const written = await book.run(async (context) => {
      const state = await readBook(context, { values: true, flags: false, merges: true });
      book.resetStats();
      const sink = new OfficeSheetSink(context, state);
      try {
        return await writeScored(run, sink);
      } finally {
        created = sink.created.map((a) => a.name);
      }
    });
    expect(written!.written).toEqual(OUTPUTS);
    expect(created).toEqual(OUTPUTS);
    // One sync for the sheets, their page layouts last in it.
    expect(book.stats.syncs).toBe(1);
    expect(book.sheet(OUTPUTS[0]!)!.print?.page.paperSize).toBe('A4');
    expect(table(book, run.sheets[0]!.name)[0]![0]).toBe(run.sheets[0]!.rows[0]![0]);
  });

  it('a failing operation alongside leaves `created` set, for the host to take back', async () => {
    const book = MemoryWorkbook.fromGrid(await fixtureGrid('example-a'));
    const run = scoreBook({ grid: await fixtureGrid('example-a'), existing: [] }, { lang: 'vi' });
    let sink: OfficeSheetSink | null = null;
    await expect(
      book.run(async (context) => {
        const state = await readBook(context, { values: true, flags: false, merges: true });
        const boom = { bytes: 1, run: (): void => { throw new Error('refused'); } };
        sink = new OfficeSheetSink(context, state, { alongside: { ops: [boom], adds: [{ name: 'ThiDua_DanhDau', kind: null, helper: true }] } });
        return sink.write(run.sheets);
      }),
    ).rejects.toThrow('refused');
    expect(sink!.created.map((a) => a.name)).toEqual([...OUTPUTS, 'ThiDua_DanhDau']);
  });
});
