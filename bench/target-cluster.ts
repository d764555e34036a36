/**
 * A cluster of proportional target criteria, the kind a spreadsheet user scores with IF/MIN/MAX
 * formulas: the same numbers as an engine model and as a HyperFormula sheet.
 */
import { attachColumns, EntryColumnsBuilder } from '../src/engine/columns';
import type { ClusterModel, Criterion, Unit } from '../src/engine/model';
import { makeSettings } from '../src/engine/settings';
import { rng } from './util';

export interface TargetCluster {
  units: number;
  criteria: number;
  max: number[];
  bonusPerPercent: number[];
  bonusCap: number[];
  /** target[u][c], actual[u][c] */
  target: number[][];
  actual: number[][];
}

export function makeTargetCluster(units: number, criteria: number, seed = 7): TargetCluster {
  const r = rng(seed);
  const max = Array.from({ length: criteria }, () => 5 + Math.floor(r() * 16));
  const bonusPerPercent = Array.from({ length: criteria }, (_, c) => (c % 2 === 0 ? 0.05 : 0));
  const bonusCap = Array.from({ length: criteria }, (_, c) => (c % 2 === 0 ? 2 : 0));
  const target: number[][] = [];
  const actual: number[][] = [];
  for (let u = 0; u < units; u++) {
    target.push(Array.from({ length: criteria }, () => 50 + Math.round(r() * 950)));
    actual.push(target[u]!.map((t) => Math.round(t * (0.6 + r() * 0.7) * 10) / 10));
  }
  return { units, criteria, max, bonusPerPercent, bonusCap, target, actual };
}

export function unitName(u: number): string {
  return `Đơn vị ${String(u + 1).padStart(5, '0')}`;
}

/** The same cluster as an engine model: one group, no tie-breaks (plain competition ranks by total). */
export function toModel(tc: TargetCluster): ClusterModel {
  const criteria: Criterion[] = tc.max.map((m, c) => ({
    code: `C${c + 1}`,
    name: `Tiêu chí ${c + 1}`,
    parent: null,
    kind: 'target',
    max: m,
    direction: 'higher',
    method: 'proportional',
    bonusPerPercent: tc.bonusPerPercent[c] || null,
    bonusCap: tc.bonusCap[c] || null,
    pointsPerUnit: null,
    mandatory: false,
    measure: '',
  }));
  const units: Unit[] = [];
  // The figures as the reader gives them: typed columns, no object per figure.
  const columns = new EntryColumnsBuilder(tc.units * tc.criteria);
  const codes = criteria.map((c) => c.code);
  for (let u = 0; u < tc.units; u++) {
    const name = unitName(u);
    units.push({ name, role: '', disciplined: false, note: '' });
    for (let c = 0; c < tc.criteria; c++) columns.push(name, codes[c]!, tc.target[u]![c]!, tc.actual[u]![c]!, null, null, '', '');
  }
  return attachColumns({ criteria, units, awards: [], settings: makeSettings({ tieBreaks: [] }), unitsFromSheet: true }, columns.build(null));
}

/** The same cluster as spreadsheet formulas: per criterion IF/MIN/MAX points, SUM per unit, COUNTIF rank. */
export function toSheet(tc: TargetCluster): (string | number)[][] {
  const col = (i: number): string => {
    let s = '';
    for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const C = tc.criteria;
  const rows: (string | number)[][] = [];
  const totalCol = col(3 * C);
  for (let u = 0; u < tc.units; u++) {
    const r = u + 1;
    const row: (string | number)[] = [];
    for (let c = 0; c < C; c++) row.push(tc.target[u]![c]!, tc.actual[u]![c]!);
    for (let c = 0; c < C; c++) {
      const t = `${col(2 * c)}${r}`;
      const a = `${col(2 * c + 1)}${r}`;
      const ratio = `IF(${t}>0,${a}/${t},0)`;
      const bonus = tc.bonusPerPercent[c] ? `+MIN(MAX(0,(${ratio}-1)*100)*${tc.bonusPerPercent[c]},${tc.bonusCap[c]})` : '';
      // HyperFormula's ROUND works on the binary float: 10×447.6/480 (9.325) comes out 9.32, where
      // Excel and the engine give 9.33. Points are never negative, so adding 1e-9 restores half-up.
      row.push(`=ROUND(${tc.max[c]}*MIN(MAX(${ratio},0),1)${bonus}+0.000000001,2)`);
    }
    row.push(`=ROUND(SUM(${col(2 * C)}${r}:${col(3 * C - 1)}${r}),2)`);
    row.push(`=COUNTIF($${totalCol}$1:$${totalCol}$${tc.units},">"&${totalCol}${r})+1`);
    rows.push(row);
  }
  return rows;
}
