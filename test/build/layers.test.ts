/**
 * The layers, checked on the import graph: the fake Excel has no import cycle and lives outside
 * src/hosts, and no host or production code imports it.
 */
import { cycles, importGraph, sourcesUnder } from './imports';

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
