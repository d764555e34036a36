/**
 * The check, score, template and flags jobs over their ports: the book is read once, the sheets are
 * written only for a ranked result, progress is told in order, and the jobs give what the pipeline
 * gives (the surfaces' outputs do not move).
 */
import { checkBook, scoreResult, check } from '../../src/jobs/check';
import { planFlags } from '../../src/jobs/flags';
import type { BookSource, SheetSink, SourceBook, Step } from '../../src/jobs/ports';
import { score, scoreBook } from '../../src/jobs/score';
import { templateSheets } from '../../src/jobs/template';
import { scoreGrid } from '../../src/workbook/pipeline';
import type { OutputSheet } from '../../src/workbook/output';
import type { WorkbookGrid } from '../../src/workbook/grid';
import { fixtureGrid } from '../support/office';

function sourceOf(grid: WorkbookGrid): BookSource & { reads: number } {
  const s = {
    reads: 0,
    read: async (): Promise<SourceBook> => {
      s.reads++;
      return { grid, existing: grid.sheets.map((x) => ({ name: x.name, marker: null })) };
    },
  };
  return s;
}

function sinkOf(): SheetSink<string[]> & { calls: (readonly OutputSheet[])[] } {
  const calls: (readonly OutputSheet[])[] = [];
  return { calls, write: async (sheets) => (calls.push(sheets), sheets.map((x) => x.name)) };
}

/** The grid with one target made text that is no number: an error the reader names. */
function broken(grid: WorkbookGrid): WorkbookGrid {
  const copy = JSON.parse(JSON.stringify(grid)) as WorkbookGrid;
  const data = copy.sheets.find((s) => s.name === 'Số liệu')!;
  const row = data.rows.findIndex((r, i) => i > 0 && r.some((c) => typeof c === 'number'));
  const col = data.rows[row]!.findIndex((c) => typeof c === 'number');
  data.rows[row]![col] = 'không phải số';
  return copy;
}

let exampleA: WorkbookGrid;
beforeAll(async () => {
  exampleA = await fixtureGrid('example-a');
});

describe('score job', () => {
  it('reads once, scores, writes once; progress in order; the same result and sheets as the pipeline', async () => {
    const source = sourceOf(exampleA);
    const sink = sinkOf();
    const steps: Step[] = [];
    const run = await score(source, sink, { lang: 'vi' }, (s) => steps.push(s));
    expect(source.reads).toBe(1);
    expect(sink.calls).toHaveLength(1);
    expect(steps).toEqual(['read', 'score', 'write']);
    const direct = scoreGrid(exampleA, 'vi');
    expect(run.result).toEqual(direct.result);
    expect(run.written).toEqual(direct.sheets.map((s) => s.name));
    expect(JSON.stringify(sink.calls[0])).toBe(JSON.stringify(direct.sheets));
  });

  it('writes nothing for a book with errors, and says so by its diagnostics', async () => {
    const sink = sinkOf();
    const run = await score(sourceOf(broken(exampleA)), sink, { lang: 'en' });
    expect(run.result.ok).toBe(false);
    expect(run.result.diagnostics.some((d) => d.severity === 'error' && d.sheet === 'Số liệu')).toBe(true);
    expect(sink.calls).toEqual([]);
    expect(run.written).toBeNull();
    expect(run.sheets).toEqual([]);
  });

  it('a failing progress callback does not stop the run', async () => {
    const sink = sinkOf();
    const run = await score(sourceOf(exampleA), sink, { lang: 'vi' }, () => {
      throw new Error('boom');
    });
    expect(run.result.ok).toBe(true);
    expect(sink.calls).toHaveLength(1);
  });

  it('adds the formula audit after the output sheets when asked', () => {
    const book: SourceBook = { grid: exampleA, existing: [] };
    const plain = scoreBook(book, { lang: 'vi' }).sheets.map((s) => s.name);
    const audited = scoreBook(book, { lang: 'vi', audit: true }).sheets.map((s) => s.name);
    expect(audited.slice(0, plain.length)).toEqual(plain);
    expect(audited.slice(plain.length)).toEqual(['Công thức kiểm tra']);
  });
});

describe('check job', () => {
  it('gives the pipeline\'s result and summary, from one read', async () => {
    const source = sourceOf(exampleA);
    const checked = await check(source);
    expect(source.reads).toBe(1);
    const direct = scoreGrid(exampleA, 'vi');
    expect(checked.result).toEqual(direct.result);
    expect(checked.summary).toEqual(direct.summary);
    expect(scoreResult({ grid: exampleA, existing: [] })).toEqual(direct.result);
  });

  it('leaves out the sheets the book says to ignore', () => {
    const ignored = checkBook({ grid: exampleA, existing: [], ignore: new Set(['Số liệu']) });
    expect(ignored.result.ok).toBe(false);
  });
});

describe('template job', () => {
  it('an unknown preset is refused by name', () => {
    expect(templateSheets('khong-co', 'vi')).toEqual({ ok: false, reason: 'unknownPreset', preset: 'khong-co' });
  });

  it('sets apart the sheets whose name the book already has (any case)', () => {
    const all = templateSheets('blank', 'vi');
    expect(all.ok).toBe(true);
    if (!all.ok) return;
    const first = all.insert[0]!.name;
    const again = templateSheets('blank', 'vi', [first.toLocaleUpperCase()]);
    expect(again.ok && again.skipped).toEqual([first]);
    expect(again.ok && again.insert.map((s) => s.name)).toEqual(all.insert.slice(1).map((s) => s.name));
  });

  it('speaks the user\'s language', () => {
    const vi = templateSheets('blank', 'vi');
    const en = templateSheets('blank', 'en');
    expect(vi.ok && en.ok).toBe(true);
    if (vi.ok && en.ok) expect(vi.insert.map((s) => s.name)).not.toEqual(en.insert.map((s) => s.name));
  });
});

describe('flags job', () => {
  it('codes every actual cell with a status over the bounding area of one sheet', () => {
    const result = scoreResult({ grid: exampleA, existing: [] });
    const plan = planFlags(result);
    expect(plan).not.toBeNull();
    if (!plan) return;
    const coded = plan.codes.flat().filter((c) => c !== null);
    expect(coded).toHaveLength(plan.count);
    expect(coded.every((c) => c === 1 || c === 2 || c === 3)).toBe(true);
    expect(plan.codes).toHaveLength(plan.area.bottom - plan.area.top + 1);
  });

  it('flags nothing for a result without units', () => {
    const result = scoreResult({ grid: broken(exampleA), existing: [] });
    expect(planFlags({ ...result, units: [] })).toBeNull();
  });
});
