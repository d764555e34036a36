/**
 * The layers, checked on the import graph: the surfaces (the command line, the pane's host API, the
 * custom functions) only call jobs — none imports the reader or the engine's evaluation —; the fake
 * Excel has no import cycle and lives outside src/hosts, and no production code imports it.
 */
import { cycles, importGraph, sourcesUnder } from './imports';

/** The reader and the evaluation: what only jobs (and the workbook layer under them) may call. */
const READER_OR_EVALUATION = /^src\/workbook\/(read[^/]*|check|pipeline)\.ts$|^src\/engine\/(evaluate|score)\.ts$/;

/** The surfaces: wiring and presentation only. */
const SURFACES = ['src/cli', 'src/hosts/office/api.ts', 'src/hosts/office/actions.ts', 'src/hosts/office/history.ts', 'src/app', 'src/functions', 'src/taskpane'];

describe('the surfaces only call jobs', () => {
  const files = SURFACES.flatMap((s) => (s.endsWith('.ts') ? [s] : sourcesUnder(s)));
  const graph = importGraph(files);

  it('no surface imports the reader or the engine\'s evaluation', () => {
    expect(files.length).toBeGreaterThan(30);
    const offenders = [...graph].flatMap(([f, to]) => to.filter((t) => READER_OR_EVALUATION.test(t)).map((t) => `${f} → ${t}`));
    expect(offenders).toEqual([]);
  });

  it('the rule catches what it should', () => {
    expect(['src/workbook/read.ts', 'src/workbook/read-data.ts', 'src/workbook/pipeline.ts', 'src/workbook/check.ts', 'src/engine/evaluate.ts'].every((f) => READER_OR_EVALUATION.test(f))).toBe(true);
    expect(['src/workbook/output.ts', 'src/workbook/grid.ts', 'src/engine/model.ts', 'src/hosts/office/read.ts'].some((f) => READER_OR_EVALUATION.test(f))).toBe(false);
  });

  it('the score, check, template and flags jobs are what the surfaces call', () => {
    const reached = new Set([...graph.values()].flat());
    for (const job of ['src/jobs/score.ts', 'src/jobs/check.ts', 'src/jobs/template.ts', 'src/jobs/flags.ts']) expect(reached).toContain(job);
  });
});

describe('the import graph helper', () => {
  it('finds a cycle, and none in a chain', () => {
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual([['a', 'b', 'c', 'a']]);
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', []]]))).toEqual([]);
  });

  it('reads static, type-only, re-export and dynamic imports', () => {
    const graph = importGraph(['src/testing/fake-excel/index.ts', 'src/hosts/office/api.ts']);
    expect(graph.get('src/testing/fake-excel/index.ts')).toEqual(expect.arrayContaining(['src/testing/fake-excel/workbook.ts', 'src/testing/fake-excel/types.ts']));
    expect(graph.get('src/hosts/office/api.ts')!.length).toBeGreaterThan(0);
  });
});

describe('the fake Excel (src/testing/fake-excel)', () => {
  const files = sourcesUnder('src/testing/fake-excel');

  it('has no import cycle, type imports included', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(cycles(importGraph(files)).map((c) => c.join(' → '))).toEqual([]);
  });

  it('is no host: nothing under src/hosts is the fake, and no production code imports it', () => {
    expect(sourcesUnder('src/hosts').filter((f) => f.includes('memory'))).toEqual([]);
    const production = ['src/engine', 'src/workbook', 'src/jobs', 'src/hosts', 'src/cli', 'src/functions', 'src/taskpane', 'src/app', 'src/presets'].flatMap(sourcesUnder);
    const graph = importGraph(production);
    const offenders = [...graph].filter(([, to]) => to.some((t) => t.startsWith('src/testing/'))).map(([f]) => f);
    expect(offenders).toEqual([]);
  });
});
