/**
 * Engine benchmarks: (1) against HyperFormula computing the same points with ordinary spreadsheet
 * formulas; (2) against a bare typed-array loop doing only the arithmetic (the floor).
 */
import { HyperFormula } from 'hyperformula';
import { evaluate } from '../src/engine/evaluate';
import { makeTargetCluster, toModel, toSheet, unitName, type TargetCluster } from './target-cluster';
import { timeMs } from './util';

export interface VsHyperformula {
  units: number;
  criteria: number;
  engineMs: number;
  hyperformulaMs: number;
  ratio: number;
}

function checkSame(tc: TargetCluster): void {
  const result = evaluate(toModel(tc));
  const hf = HyperFormula.buildFromArray(toSheet(tc), { licenseKey: 'gpl-v3' });
  const values = hf.getSheetValues(0);
  hf.destroy();
  const totalCol = 3 * tc.criteria;
  const byName = new Map(result.units.map((u) => [u.unit, u] as const));
  for (let u = 0; u < tc.units; u++) {
    const mine = byName.get(unitName(u))!;
    const row = values[u]!;
    if (mine.total !== row[totalCol] || mine.rank !== row[totalCol + 1])
      throw new Error(`engine and HyperFormula disagree on ${unitName(u)}: ${mine.total}/${mine.rank} vs ${String(row[totalCol])}/${String(row[totalCol + 1])}`);
  }
}

export function engineVsHyperformula(sizes: readonly [number, number][], runs: number): VsHyperformula[] {
  return sizes.map(([units, criteria]) => {
    const tc = makeTargetCluster(units, criteria);
    checkSame(tc);
    const model = toModel(tc);
    const sheet = toSheet(tc);
    // The engine runs in milliseconds: a few warm-up runs let the JIT settle, as it has in a session.
    const engineMs = timeMs(() => evaluate(model), units <= 1000 ? 15 : Math.max(runs, 5), units <= 1000 ? 20 : 3);
    const hyperformulaMs = timeMs(
      () => {
        const hf = HyperFormula.buildFromArray(sheet, { licenseKey: 'gpl-v3' });
        hf.getSheetValues(0);
        hf.destroy();
      },
      Math.max(1, Math.min(runs, units >= 5000 ? 1 : runs)),
      units >= 5000 ? 0 : 1,
    );
    return { units, criteria, engineMs, hyperformulaMs, ratio: hyperformulaMs / engineMs };
  });
}

export interface VsBareLoop {
  units: number;
  criteria: number;
  engineMs: number;
  bareMs: number;
  ratio: number;
  heapMB: number;
}

/** Only the arithmetic of the proportional method (with the over-target bonus and rounding). */
function bareLoop(tc: TargetCluster, T: Float64Array, A: Float64Array, totals: Float64Array): void {
  const C = tc.criteria;
  for (let u = 0; u < tc.units; u++) {
    let sum = 0;
    for (let c = 0; c < C; c++) {
      const r = A[u * C + c]! / T[u * C + c]!;
      const p = tc.max[c]! * Math.min(Math.max(r, 0), 1) + Math.min(Math.max(0, (r - 1) * 100) * tc.bonusPerPercent[c]!, tc.bonusCap[c]!);
      sum += Math.round(p * 100);
    }
    totals[u] = sum / 100;
  }
}

export function engineVsBareLoop(units: number, criteria: number, runs: number): VsBareLoop {
  const tc = makeTargetCluster(units, criteria, 11);
  const model = toModel(tc);
  const T = new Float64Array(units * criteria);
  const A = new Float64Array(units * criteria);
  for (let u = 0; u < units; u++)
    for (let c = 0; c < criteria; c++) {
      T[u * criteria + c] = tc.target[u]![c]!;
      A[u * criteria + c] = tc.actual[u]![c]!;
    }
  const totals = new Float64Array(units);
  const bareMs = timeMs(() => bareLoop(tc, T, A, totals), Math.max(runs, 5), 2);
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  let kept: unknown = evaluate(model);
  const heapMB = (process.memoryUsage().heapUsed - before) / 1048576;
  kept = null;
  void kept;
  const engineMs = timeMs(() => evaluate(model), runs);
  return { units, criteria, engineMs, bareMs, ratio: engineMs / bareMs, heapMB };
}
