/**
 * The round trip of cycle.md §1: forms made from a fixture whose figures were blanked, filled by
 * another program with the fixture's figures, consolidated — the result scores exactly as the
 * fixture's expected JSON.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expectedOf, expectMatches } from '../cli/expected';
import { digest, FIXTURES, readJson, run, tempDir } from '../cli/helpers';
import { sofficeAvailable, sofficeConvert } from '../support/soffice';
import { blankFigures, figuresOf, fillWithExceljs, fillWithOpenpyxl, hasPython } from './form-support';

// Real .xlsx files written, read and (some) filled by another program: slow when every suite runs at once.
jest.setTimeout(120_000);

const fillers: [string, (fixture: string, forms: string[]) => Promise<void>][] = [
  [
    'exceljs',
    async (fixture, forms) => {
      const figures = await figuresOf(fixture);
      for (const f of forms) await fillWithExceljs(f, figures);
    },
  ],
];
if (hasPython) fillers.push(['openpyxl', async (fixture, forms) => fillWithOpenpyxl(fixture, forms)]);
// Filled, then opened and saved again by LibreOffice (its own .xlsx writer), as a unit using it would.
if (sofficeAvailable())
  fillers.push([
    'LibreOffice',
    async (fixture, forms) => {
      const figures = await figuresOf(fixture);
      for (const f of forms) await fillWithExceljs(f, figures);
      const saved = path.join(path.dirname(forms[0]!), '..', 'lo-saved');
      mkdirSync(saved, { recursive: true });
      await sofficeConvert(forms, 'xlsx:Calc MS Excel 2007 XML', saved);
      for (const f of forms) copyFileSync(path.join(saved, path.basename(f)), f);
    },
  ]);

describe.each(['example-a', 'hai-phong-huyen-2024'])('round trip of %s', (name) => {
  it.each(fillers)('forms filled by %s consolidate to the expected result', async (_filler, fill) => {
    const tmp = tempDir();
    try {
      const fixture = path.join(FIXTURES, `${name}.xlsx`);
      const blank = tmp.file('cum.xlsx');
      await blankFigures(fixture, blank);
      // The blanked workbook does not score as the fixture does: the figures are what the forms bring.
      const before = await run('score', blank, '--out', tmp.file('blank-scored.xlsx'), '--json', tmp.file('blank.json'));
      if (before.code === 0) expect(() => expectMatches(readJson(tmp.file('blank.json')), expectedOf(name))).toThrow();

      const made = await run('forms', blank, '--out-dir', tmp.file('phieu'));
      expect(made.code).toBe(0);
      const forms = readdirSync(tmp.file('phieu')).map((f) => path.join(tmp.file('phieu'), f));
      expect(forms.length).toBe(expectedOf(name).units.length);
      await fill(fixture, forms);
      const blankDigest = digest(blank);
      const formDigests = forms.map(digest);

      const merged = tmp.file('gop.xlsx');
      const c = await run('consolidate', blank, ...forms, '--out', merged);
      expect(c.err.filter((l) => !l.startsWith('Cảnh báo'))).toEqual([]);
      expect(c.code).toBe(0);
      expect(c.err.filter((l) => l.includes('Xung đột')).slice(0, 3)).toEqual([]);
      expect(c.stdout).toContain('0 xung đột');
      // Inputs never change.
      expect(digest(blank)).toBe(blankDigest);
      expect(forms.map(digest)).toEqual(formDigests);

      const scored = await run('score', merged, '--out', tmp.file('kq.xlsx'), '--json', tmp.file('kq.json'));
      expect(scored.code).toBe(0);
      expectMatches(readJson(tmp.file('kq.json')), expectedOf(name));
      copyFileSync(merged, tmp.file('keep.xlsx'));
    } finally {
      tmp.cleanup();
    }
  });
});
