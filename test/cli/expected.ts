/** The expected files of the fixtures and how a result is compared with them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ResultJson } from '../../src/engine/json';
import { FIXTURES } from './helpers';

export interface ExpectedUnit {
  unit: string;
  rank: number;
  total: number;
  max: number;
  percent: number;
  classification: string;
  groups: Record<string, number>;
  bonus: number;
  penalty: number;
  exceeded: number;
  met: number;
  below: number;
  criteria: Record<string, { status: string; points: number | null; rate: number | null }>;
}

export interface Expected {
  units: ExpectedUnit[];
  nominations: { award: string; unit: string; status: string }[];
  notNominated: { unit: string }[];
}

export function expectedOf(name: string): Expected {
  return JSON.parse(readFileSync(path.join(FIXTURES, `${name}.expected.json`), 'utf8')) as Expected;
}

/** Rank → the sorted names of the units holding it (units sharing a rank may stand in any order). */
function byRank(units: readonly { unit: string; rank: number }[]): [number, string[]][] {
  const m = new Map<number, string[]>();
  for (const u of units) m.set(u.rank, [...(m.get(u.rank) ?? []), u.unit]);
  return [...m.entries()].map(([r, us]) => [r, us.sort()]);
}

/** Awards in draft order, each with its units and statuses (any order among them). */
function byAward(noms: readonly { award: string; unit: string; status: string }[]): [string, string[]][] {
  const m = new Map<string, string[]>();
  for (const n of noms) m.set(n.award, [...(m.get(n.award) ?? []), `${n.unit} (${n.status})`]);
  return [...m.entries()].map(([a, us]) => [a, us.sort()]);
}

export function expectMatches(actual: ResultJson, expected: Expected): void {
  expect(actual.units).toHaveLength(expected.units.length);
  // Rank order: ranks never go down the list, and each rank holds the expected units.
  const ranks = actual.units.map((u) => u.rank);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(byRank(actual.units)).toEqual(byRank(expected.units));

  for (const e of expected.units) {
    const a = actual.units.find((u) => u.unit === e.unit);
    expect(a).toBeDefined();
    if (!a) continue;
    const scalars = (u: ExpectedUnit | ResultJson['units'][number]) => ({
      unit: u.unit,
      rank: u.rank,
      total: u.total,
      max: u.max,
      percent: u.percent,
      classification: u.classification,
      groups: u.groups,
      bonus: u.bonus,
      penalty: u.penalty,
      exceeded: u.exceeded,
      met: u.met,
      below: u.below,
    });
    expect(scalars(a)).toEqual(scalars(e));
    expect(Object.keys(a.criteria).sort()).toEqual(Object.keys(e.criteria).sort());
    for (const [code, ec] of Object.entries(e.criteria)) {
      const ac = a.criteria[code]!;
      const where = `${e.unit} ${code}`;
      expect({ where, points: ac.points, status: ac.status }).toEqual({ where, points: ec.points, status: ec.status });
      if (ec.rate === null) expect({ where, rate: ac.rate }).toEqual({ where, rate: null });
      else {
        expect(ac.rate).not.toBeNull();
        expect(ac.rate!).toBeCloseTo(ec.rate, 12);
      }
    }
  }

  expect(byAward(actual.nominations)).toEqual(byAward(expected.nominations));
  expect(new Set(actual.notNominated.map((n) => n.unit))).toEqual(new Set(expected.notNominated.map((n) => n.unit)));
  expect(actual.notNominated).toHaveLength(expected.notNominated.length);
  for (const n of actual.notNominated) expect(n.reason).not.toBe('');
}
