/** The figures as typed columns (engine/columns.ts): what goes in comes out, and the engine scores them as it scores entries. */
import { ACTUAL_YES_NO, attachColumns, EntryColumns, EntryColumnsBuilder } from '../../src/engine/columns';
import { evaluate } from '../../src/engine/evaluate';
import { toResultJson } from '../../src/engine/json';
import type { ClusterModel, Entry } from '../../src/engine/model';
import { readWorkbook } from '../../src/workbook/read';
import { generateCluster } from '../support/generate-cluster';

describe('EntryColumns', () => {
  it('keeps each figure, its absence, a yes/no and the text, and grows past its first capacity', () => {
    const b = new EntryColumnsBuilder(2);
    for (let i = 0; i < 40; i++) b.push(`Đơn vị ${i % 3}`, `C${i % 5}`, i % 4 === 0 ? null : i * 10, i, null, i % 2 ? 1.5 : null, i === 7 ? 'Báo cáo 7' : '', i === 8 ? 'ghi chú' : '');
    b.push('Đơn vị 0', 'PF', null, 1, null, null, '', '', ACTUAL_YES_NO);
    b.push('Đơn vị 0', 'PF2', null, null, null, null, '', '', ACTUAL_YES_NO);
    const c = b.build(null);
    expect(c.length).toBe(42);
    expect(c.unitNames).toEqual(['Đơn vị 0', 'Đơn vị 1', 'Đơn vị 2']);
    expect(c.codes).toEqual(['C0', 'C1', 'C2', 'C3', 'C4', 'PF', 'PF2']);
    expect(c.entry(0)).toEqual({ unit: 'Đơn vị 0', criterion: 'C0', target: null, actual: 0, self: null, appraised: null, evidence: '', note: '' });
    expect(c.entry(39)).toMatchObject({ unit: 'Đơn vị 0', criterion: 'C4', target: 390, actual: 39, appraised: 1.5 });
    expect(c.entry(7).evidence).toBe('Báo cáo 7');
    expect(c.entry(8).note).toBe('ghi chú');
    expect(c.actualOf(40)).toBe(true);
    expect(c.actualNumber(40)).toBeNull();
    // A blank yes/no stays blank, not a "no".
    expect(c.actualOf(41)).toBeNull();
    // One object per row, made once.
    expect(c.entry(5)).toBe(c.entry(5));
  });

  it('figures and figuresInto give a row alike: a fresh record, the given one filled, or the entry already made', () => {
    const b = new EntryColumnsBuilder(4);
    b.push('A', '1.1', 10, 12, null, 2.5, 'Báo cáo', 'ghi chú');
    b.push('A', 'PF', null, 0, 3, null, '', '', ACTUAL_YES_NO);
    const c = b.build(null);
    const into = { target: 1, actual: 1, self: 1, appraised: 1, evidence: 'cũ' } as { target: number | null; actual: number | boolean | null; self: number | null; appraised: number | null; evidence: string };
    expect(c.figures(0)).toEqual({ target: 10, actual: 12, self: null, appraised: 2.5, evidence: 'Báo cáo' });
    expect(c.figures(0)).not.toBe(c.figures(0));
    expect(c.figuresInto(1, into)).toBe(into);
    expect(into).toEqual({ target: null, actual: false, self: 3, appraised: null, evidence: '' });
    expect(c.figuresInto(1, into)).toEqual(c.figures(1));
    // Once a row's entry is made, both give it back.
    const e = c.entry(0);
    expect(c.figures(0)).toBe(e);
    expect(c.figuresInto(0, into)).toBe(e);
  });

  it('made from entries, gives back the same objects with their locations', () => {
    const entries: Entry[] = [
      { unit: 'A', criterion: '1.1', target: 10, actual: 12, self: null, appraised: null, evidence: '', note: '', at: { actual: { sheet: 'Số liệu', cell: 'D2' } } },
      { unit: 'B', criterion: '2.2', target: null, actual: false, self: null, appraised: null, evidence: '', note: '' },
    ];
    const c = EntryColumns.fromEntries(entries);
    expect(c.entry(0)).toBe(entries[0]);
    expect(c.at(0, 'actual')).toEqual({ sheet: 'Số liệu', cell: 'D2' });
    expect(c.at(1, 'actual')).toBeUndefined();
    expect(c.actualOf(1)).toBe(false);
    expect(c.targetOf(0)).toBe(10);
  });
});

describe('a model whose figures are columns', () => {
  const read = () => readWorkbook(generateCluster({ units: 30, criteria: 9, seed: 5 }));

  it('is scored from its columns without making its entries', () => {
    const { model, diagnostics } = read();
    expect(model!.columns).toBeDefined();
    const result = evaluate(model!, diagnostics);
    expect(result.ok).toBe(true);
    // Nobody asked for the entries: the columns are still the model's figures.
    expect(model!.columns).toBeDefined();
  });

  it('scores exactly as the same figures given as entries', () => {
    const a = read();
    const b = read();
    // Plain objects, their locations copied field by field (a column row's are getters).
    const entries = b.model!.entries.map((e) => ({
      ...e,
      at: { unit: e.at?.unit, criterion: e.at?.criterion, target: e.at?.target, actual: e.at?.actual, self: e.at?.self, appraised: e.at?.appraised },
    }));
    const asEntries: ClusterModel = { ...b.model!, entries };
    expect(asEntries.columns).toBeUndefined();
    const fromColumns = evaluate(a.model!, a.diagnostics);
    const fromEntries = evaluate(asEntries, b.diagnostics);
    expect(toResultJson(fromColumns, 'vi')).toEqual(toResultJson(fromEntries, 'vi'));
    expect(fromColumns.diagnostics).toEqual(fromEntries.diagnostics);
  });

  it('drops its columns once its entries are read or replaced, so a change to them is what gets scored', () => {
    const { model, diagnostics } = read();
    const first = model!.entries.findIndex((e) => e.unit === model!.units[0]!.name && e.criterion === 'T1');
    expect(model!.columns).toBeUndefined();
    // T1 is a bonus of 2.5 points per count, at most 5.
    const changed = model!.entries[first]!.actual === 2 ? 0 : 2;
    model!.entries[first] = { ...model!.entries[first]!, actual: changed };
    const after = evaluate(model!, diagnostics).units.find((u) => u.unit === model!.units[0]!.name)!;
    expect(after.extras.T1!.points).toBe(changed * 2.5);

    const other = read().model!;
    const kept = attachColumns({ ...other }, EntryColumns.fromEntries(other.entries));
    expect(kept.columns).toBeDefined();
    kept.entries = [];
    expect(kept.columns).toBeUndefined();
  });
});
