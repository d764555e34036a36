/** cycle.md §3: award conditions that look back, applied before quotas, each failure with its reason. */
import { failureText, uncheckedText } from '../../src/engine/eligibility';
import { evaluate } from '../../src/engine/evaluate';
import { toResultJson } from '../../src/engine/json';
import { reasonText } from '../../src/engine/labels';
import type { AwardConditions, ClusterModel, HistoryRow } from '../../src/engine/model';
import type { ClusterResult } from '../../src/engine/result';
import { cluster } from './builder';

const HTXS = 'Hoàn thành xuất sắc nhiệm vụ';
const FLAG = 'Cờ thi đua của UBND thành phố';
const CERT = 'Bằng khen của UBND thành phố';

const none: AwardConditions = { leaderOnly: false, consecutiveYears: null, requiredResult: null, priorAward: null, withinYears: null, notAgainWithin: null };

/** Units A (100), B (90), C (80) scored in `year`; awards with conditions; history rows. */
function model(conditions: Partial<AwardConditions>, history: HistoryRow[] | undefined, o: { year?: number | null; quota?: number; former?: Record<string, string[]> } = {}): ClusterModel {
  const b = cluster().manual('1', 100).settings({ tieBreaks: [], year: o.year === undefined ? 2024 : o.year });
  for (const [u, p] of [['A', 100], ['B', 90], ['C', 80]] as const) b.unit(u).data(u, '1', { self: p });
  b.award({ name: FLAG, quota: o.quota ?? 1 });
  const m = b.build();
  m.awards[0]!.conditions = { ...none, ...conditions, at: { consecutiveYears: { sheet: 'Khen thưởng', cell: 'J2' }, priorAward: { sheet: 'Khen thưởng', cell: 'L2' }, notAgainWithin: { sheet: 'Khen thưởng', cell: 'N2' } } };
  for (const u of m.units) if (o.former?.[u.name]) u.formerNames = o.former[u.name];
  if (history) m.history = history;
  return m;
}

let row = 1;
function h(unit: string, year: number, o: Partial<HistoryRow> = {}): HistoryRow {
  row++;
  return { year, period: 'year', unit, rank: null, total: null, percent: null, classification: '', taskResult: '', award: '', decision: '', at: { unit: { sheet: 'Lịch sử', cell: `C${row}` } }, ...o };
}
const years = (unit: string, list: number[], o: Partial<HistoryRow> = {}): HistoryRow[] => list.map((y) => h(unit, y, o));

function run(m: ClusterModel): ClusterResult {
  const r = evaluate(m);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r;
}
const nominated = (r: ClusterResult): string[] => r.nominations.map((n) => n.unit);
const reasonOf = (r: ClusterResult, unit: string, lang: 'vi' | 'en' = 'vi'): string => reasonText(r.notNominated.find((n) => n.unit === unit)!.reason, lang);

describe('leader only', () => {
  it('drafts the unit ranked 1st and says why the others may not have it', () => {
    const r = run(model({ leaderOnly: true }, undefined, { quota: 3 }));
    expect(nominated(r)).toEqual(['A']);
    expect(reasonOf(r, 'B')).toBe(`${FLAG}: Không phải đơn vị dẫn đầu cụm`);
    expect(reasonOf(r, 'C', 'en')).toBe(`${FLAG}: Not the unit leading the cluster`);
    // Needs no history: no warning.
    expect(r.diagnostics.filter((d) => d.code === 'conditionNoHistory')).toEqual([]);
  });
});

describe('N consecutive years of a result', () => {
  const cond = { consecutiveYears: 5, requiredResult: HTXS };
  it('met: the five years before the current one each have the result (matched like sheet names)', () => {
    const r = run(model(cond, years('A', [2019, 2020, 2021, 2022, 2023], { taskResult: 'hoàn thành XUẤT SẮC nhiệm vụ' })));
    expect(nominated(r)).toEqual(['A']);
  });
  it('failed: names exactly the missing years, and the quota passes to the next unit', () => {
    const hist = [...years('A', [2019, 2020, 2022], { taskResult: HTXS }), h('A', 2021, { taskResult: 'Hoàn thành tốt nhiệm vụ' }), ...years('B', [2019, 2020, 2021, 2022, 2023], { taskResult: HTXS })];
    const r = run(model(cond, hist));
    expect(nominated(r)).toEqual(['B']);
    expect(reasonOf(r, 'A')).toBe(`${FLAG}: Chưa đủ 5 năm liên tục ${HTXS} (thiếu 2021, 2023)`);
    expect(reasonOf(r, 'A', 'en')).toBe(`${FLAG}: Not 5 consecutive years of ${HTXS} (missing 2021, 2023)`);
    expect(r.ineligible![0]).toEqual({ award: FLAG, unit: 'A', failures: [{ kind: 'consecutive', years: 5, result: HTXS, missing: [2021, 2023] }] });
    expect(r.ineligible!.map((i) => i.unit)).toEqual(['A', 'C']);
  });
  it('uses Xếp loại when Kết quả nhiệm vụ is blank, and only yearly rows', () => {
    const hist = [...years('A', [2022, 2023], { classification: 'Xuất sắc' }), h('A', 2021, { period: 'half', classification: 'Xuất sắc' })];
    const r = run(model({ consecutiveYears: 3, requiredResult: 'Xuất sắc' }, hist));
    expect(nominated(r)).toEqual([]);
    expect(reasonOf(r, 'A')).toBe(`${FLAG}: Chưa đủ 3 năm liên tục Xuất sắc (thiếu 2021)`);
  });
  it('a unit new this year misses every year', () => {
    const r = run(model({ consecutiveYears: 2, requiredResult: HTXS }, years('B', [2022, 2023], { taskResult: HTXS })));
    expect(nominated(r)).toEqual(['B']);
    expect(reasonOf(r, 'A')).toBe(`${FLAG}: Chưa đủ 2 năm liên tục ${HTXS} (thiếu 2022, 2023)`);
  });
  it('counts rows under former names, one unit having had several', () => {
    const hist = [h('Xã Cũ 1', 2021, { taskResult: HTXS }), h('Xã Cũ 2', 2022, { taskResult: HTXS }), h('A', 2023, { taskResult: HTXS })];
    const r = run(model({ consecutiveYears: 3, requiredResult: HTXS }, hist, { former: { A: ['Xã Cũ 1', 'xã cũ 2'] } }));
    expect(nominated(r)).toEqual(['A']);
    const without = run(model({ consecutiveYears: 3, requiredResult: HTXS }, hist));
    expect(reasonOf(without, 'A')).toBe(`${FLAG}: Chưa đủ 3 năm liên tục ${HTXS} (thiếu 2021, 2022)`);
  });
  it('history absent: a warning at the award cell, not checked, and the reason says so', () => {
    const r = run(model(cond, undefined));
    expect(nominated(r)).toEqual(['A']);
    const w = r.diagnostics.filter((d) => d.code === 'conditionNoHistory');
    expect(w).toMatchObject([{ severity: 'warning', sheet: 'Khen thưởng', cell: 'J2' }]);
    const reason = toResultJson(r, 'vi').nominations[0]!.reason;
    expect(reason).toContain(`Chưa kiểm tra điều kiện 5 năm liên tục ${HTXS} (sổ không có trang Lịch sử)`);
    expect(toResultJson(r, 'en').nominations[0]!.reason).toContain('not checked (the workbook has no History sheet)');
  });
  it('no Năm in the settings: a warning, not checked', () => {
    const r = run(model(cond, years('A', [2023]), { year: null }));
    expect(r.diagnostics.filter((d) => d.code === 'conditionNoYear')).toHaveLength(1);
    expect(r.nominations[0]!.unchecked).toEqual([{ condition: { kind: 'consecutive', years: 5, result: HTXS }, why: 'noYear' }]);
  });
});

describe('a prior award within N years', () => {
  it('met within the window, failed outside it, with the award and the years named', () => {
    const cond = { priorAward: CERT, withinYears: 5 };
    const hist = [h('A', 2018, { award: CERT }), h('B', 2020, { award: 'bằng khen của ubnd thành phố' })];
    const r = run(model(cond, hist));
    expect(nominated(r)).toEqual(['B']);
    expect(reasonOf(r, 'A')).toBe(`${FLAG}: Chưa được tặng ${CERT} trong 5 năm`);
    expect(reasonOf(r, 'A', 'en')).toBe(`${FLAG}: Not awarded ${CERT} within 5 years`);
  });
  it('blank Trong số năm means ever; a unit new this year has never received it', () => {
    const r = run(model({ priorAward: CERT }, [h('B', 2001, { award: CERT })]));
    expect(nominated(r)).toEqual(['B']);
    expect(reasonOf(r, 'A')).toBe(`${FLAG}: Chưa được tặng ${CERT}`);
  });
  it('through a former name', () => {
    const r = run(model({ priorAward: CERT, withinYears: 3 }, [h('Huyện X', 2022, { award: CERT })], { former: { A: ['Huyện X'] } }));
    expect(nominated(r)).toEqual(['A']);
  });
  it('history absent: warning, unchecked, stated', () => {
    const r = run(model({ priorAward: CERT, withinYears: 5 }, undefined));
    expect(r.diagnostics.find((d) => d.code === 'conditionNoHistory')).toMatchObject({ cell: 'L2' });
    expect(uncheckedText(r.nominations[0]!.unchecked![0]!, 'vi')).toBe(`Chưa kiểm tra điều kiện đã được tặng ${CERT} trong 5 năm (sổ không có trang Lịch sử)`);
  });
});

describe('not again within N years', () => {
  it('failed with the years it was received, met outside the window and for a unit new this year', () => {
    const hist = [h('A', 2022, { award: FLAG }), h('A', 2023, { award: FLAG }), h('B', 2020, { award: FLAG })];
    const r = run(model({ notAgainWithin: 3 }, hist, { quota: 3 }));
    expect(nominated(r)).toEqual(['B', 'C']);
    expect(reasonOf(r, 'A')).toBe(`${FLAG}: Đã được tặng năm 2022, 2023`);
    expect(failureText({ kind: 'notAgain', award: FLAG, years: [2023] }, 'en')).toBe('Already awarded in 2023');
  });
  it('through a former name', () => {
    const r = run(model({ notAgainWithin: 2 }, [h('Tên cũ', 2023, { award: FLAG })], { former: { A: ['Tên cũ'] } }));
    expect(nominated(r)).toEqual(['B']);
  });
  it('history absent: warning at its cell, unchecked', () => {
    const r = run(model({ notAgainWithin: 2 }, undefined));
    expect(r.diagnostics.find((d) => d.code === 'conditionNoHistory')).toMatchObject({ cell: 'N2', severity: 'warning' });
    expect(nominated(r)).toEqual(['A']);
    expect(r.nominations[0]!.unchecked).toHaveLength(1);
  });
});

describe('several conditions', () => {
  it('lists every failure of the award', () => {
    const r = run(model({ leaderOnly: true, consecutiveYears: 2, requiredResult: HTXS }, [h('B', 2023, { taskResult: HTXS })], { quota: 3 }));
    expect(reasonOf(r, 'B')).toBe(`${FLAG}: Không phải đơn vị dẫn đầu cụm; Chưa đủ 2 năm liên tục ${HTXS} (thiếu 2022)`);
  });
  it('a unit failing one award may still be drafted for the next', () => {
    const m = model({ leaderOnly: true }, undefined);
    m.awards.push({ ...m.awards[0]!, order: 2, name: CERT, quota: 1, conditions: undefined });
    const r = run(m);
    expect(r.nominations.map((n) => `${n.award}: ${n.unit}`)).toEqual([`${FLAG}: A`, `${CERT}: B`]);
    expect(r.ineligible).toEqual([{ award: FLAG, unit: 'B', failures: [{ kind: 'leaderOnly' }] }, { award: FLAG, unit: 'C', failures: [{ kind: 'leaderOnly' }] }]);
    expect(reasonOf(r, 'C')).toBe('Hết số lượng');
  });
});
