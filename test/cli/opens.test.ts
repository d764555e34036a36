/**
 * The command line opens the input package once (the jobs layer): the grid to score, the sheets
 * beside which the outputs are placed, and any whole rewrite (the exceljs fallback, --save-history)
 * all come from one opening, counted through the BookSource's opener.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { scoreCommand, type Io, type ScoreOptions } from '../../src/cli/main';
import { loadXlsx } from '../../src/hosts/exceljs';
import type { Opener } from '../../src/hosts/xlsx/source';
import { readBook } from '../../src/hosts/xlsx/read-book';
import { FIXTURES, tempDir } from './helpers';

const quiet: Io = { out: () => undefined, err: () => undefined };

function counting(): { open: Opener; opens: () => number } {
  let n = 0;
  return {
    open: (bytes, name, inflateRaw) => {
      n++;
      return readBook(bytes, name, inflateRaw);
    },
    opens: () => n,
  };
}

describe('thidua score opens the input once', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  async function scoreWith(input: string, extra: Partial<ScoreOptions>, name: string): Promise<{ code: number; opens: number; out: string }> {
    const out = tmp.file(`${name}.ketqua.xlsx`);
    const c = counting();
    const code = await scoreCommand({ input, out, json: tmp.file(`${name}.json`), lang: 'vi', ...extra }, quiet, { open: c.open });
    return { code, opens: c.opens(), out };
  }

  it.each([
    ['plain', {}],
    ['with the audit', { audit: true }],
    ['with --save-history (the copy rewritten whole)', { saveHistory: true }],
  ])('%s', async (label, extra) => {
    const r = await scoreWith(path.join(FIXTURES, 'hai-phong-huyen-2024.xlsx'), extra, label.replace(/\W+/g, '-'));
    expect(r.code).toBe(0);
    expect(r.opens).toBe(1);
    const sheets = (await loadXlsx(readFileSync(r.out))).workbook.worksheets.map((w) => w.name);
    expect(sheets).toEqual(expect.arrayContaining(['Kết quả', 'Chi tiết điểm', 'Đề nghị khen thưởng']));
    if ('saveHistory' in extra) expect(sheets).toContain('Lịch sử');
    if ('audit' in extra) expect(sheets).toContain('Công thức kiểm tra');
  }, 60_000);

  it('a package the surgical writer will not edit (no styles part): the exceljs rewrite reuses the opening', async () => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(FIXTURES, 'example-a.xlsx')));
    zip.remove('xl/styles.xml');
    const input = tmp.file('no-styles.xlsx');
    writeFileSync(input, await zip.generateAsync({ type: 'uint8array' }));
    const r = await scoreWith(input, {}, 'no-styles');
    expect(r.code).toBe(0);
    expect(r.opens).toBe(1);
    expect((await loadXlsx(readFileSync(r.out))).workbook.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Kết quả', 'Đề nghị khen thưởng']));
  }, 60_000);
});
