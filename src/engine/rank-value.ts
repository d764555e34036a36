/**
 * R5 for one value against a column (THIDUA.RANK): the rank a row of keys takes among rows of the
 * same shape — the main value first, then each tie-break in turn, all oriented so that more is better.
 * It runs the cluster ranking itself (rankUnits), so ties, shared ranks and the competition / dense
 * styles are exactly those of the results sheet.
 */
import type { Settings, TieBreak } from './model';
import { rankUnits } from './rank';
import type { UnitResult } from './result';
import { makeSettings } from './settings';

/** A row to rank: [main value, tie-break 1, tie-break 2, …], more is better in each. */
export type RankKeys = readonly number[];

/** A unit that carries nothing but its keys: the total, then one group per tie-break. */
function keyedUnit(name: string, keys: RankKeys, chain: readonly TieBreak[]): UnitResult {
  const groups: Record<string, number> = {};
  chain.forEach((t, i) => {
    if (t.kind === 'criterion') groups[t.code] = keys[i + 1]!;
  });
  return {
    unit: name,
    role: '',
    disciplined: false,
    rank: 0,
    total: keys[0]!,
    max: 0,
    percent: 0,
    classification: '',
    groups,
    bonus: 0,
    penalty: 0,
    exceeded: 0,
    met: 0,
    below: 0,
    tie: null,
    criteria: {},
    extras: {},
  };
}

/**
 * The rank of `subject` among `rows` (which should hold it); null when no row equals it.
 * Throws on misuse: rows of another length than the subject, or an empty subject.
 */
export function rankOfKeys(subject: RankKeys, rows: readonly RankKeys[], style: Settings['rankStyle'] = 'competition'): number | null {
  if (subject.length === 0) throw new RangeError('rankOfKeys: the subject has no value');
  if (rows.some((r) => r.length !== subject.length)) throw new RangeError('rankOfKeys: every row needs as many keys as the subject');
  const chain: TieBreak[] = subject.slice(1).map((_, i) => ({ kind: 'criterion', code: String(i + 1) }));
  const units = rows.map((keys, i) => keyedUnit(String(i), keys, chain));
  const ranked = rankUnits(units, makeSettings({ rankStyle: style }), chain);
  const same = (keys: RankKeys): boolean => keys.every((k, i) => k === subject[i]);
  return ranked.find((u) => same(rows[Number(u.unit)]!))?.rank ?? null;
}
