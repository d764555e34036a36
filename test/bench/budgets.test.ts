/** The bench's budgets (issue 17): each read from its key in the run's JSON, met, missed or not measured. */
import { checkBudgets, figureAt } from '../../bench/budgets';

const run = {
  engine: { vsBareLoop: 6.2, vsHyperformula: { '1000x20': 120 }, bareLoop: { engineMs: 400 } },
  functions: { resultsMs: 49 },
  cli: { ms: 2100, peakMB: 200 },
  million: { scoreMs: 4000, heapMB: 700 },
  consolidate: { ms: 900 },
  vote: { ms: 2 },
  audit: { ms: 300 },
  office: { syncs: { '10': 4, '1000': 4, '10000': 14 }, payloadFloor: 13 },
  bundle: { taskpaneGzipBytes: 200 * 1024 },
  pane: null,
};

const by = (key: string) => checkBudgets(run).find((b) => b.key === key)!;

describe('bench budgets', () => {
  it('reads figures by their dotted key, null when absent or not a number', () => {
    expect(figureAt(run, 'engine.vsHyperformula.1000x20')).toBe(120);
    expect(figureAt(run, 'office.syncs.10000')).toBe(14);
    expect(figureAt(run, 'pane.clickToResultsMs')).toBeNull();
    expect(figureAt(run, 'cli')).toBeNull();
  });

  it('says met or missed against each limit of the issue', () => {
    expect(by('engine.vsBareLoop')).toMatchObject({ value: 6.2, pass: false });
    expect(by('engine.vsHyperformula.1000x20').pass).toBe(true);
    expect(by('functions.resultsMs').pass).toBe(true);
    expect(by('cli.ms').pass).toBe(false);
    expect(by('cli.peakMB').pass).toBe(true);
    expect(by('million.scoreMs').pass).toBe(true);
    expect(by('million.heapMB').pass).toBe(false);
    expect(by('consolidate.ms').pass).toBe(true);
    expect(by('vote.ms').pass).toBe(true);
    expect(by('office.syncs.1000').pass).toBe(true);
    expect(by('office.syncs.10000')).toMatchObject({ value: 14, pass: false });
    // 200 KB is not under 200 KB.
    expect(by('bundle.taskpaneGzipBytes').pass).toBe(false);
  });

  it('keeps a place for figures other changes add, neither met nor missed until measured', () => {
    expect(by('pane.clickToResultsMs')).toMatchObject({ value: null, pass: null });
    expect(checkBudgets({ ...run, pane: { clickToResultsMs: 1800 } }).find((b) => b.key === 'pane.clickToResultsMs')!.pass).toBe(true);
    expect(by('audit.ms')).toMatchObject({ value: 300, pass: true });
  });

  it('compares the sync count at 1,000 units with the one at 10', () => {
    expect(checkBudgets({ ...run, office: { syncs: { '10': 4, '1000': 5 } } }).find((b) => b.key === 'office.syncs.1000')!.pass).toBe(false);
  });
});
