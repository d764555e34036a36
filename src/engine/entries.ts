/**
 * The model's figures indexed once by (unit, leaf): a flat array of units × leaves, so validation
 * and scoring look entries up by position instead of building string keys (a 10,000-unit cluster
 * with 100 criteria has a million entries).
 */
import type { ClusterModel, Criterion, Entry, Unit } from './model';
import { normalizeUnitName } from './names';
import type { CriteriaTree } from './tree';

export interface EntryIndex {
  /** The units to score: the model's units, each name once. */
  units: Unit[];
  unitIndex: Map<string, number>;
  /** Every leaf (scored, bonus, penalty), in sheet order, and its position. */
  leaves: Criterion[];
  leafIndex: Map<string, number>;
  /** grid[u × leaves.length + l]: the first entry of unit u for leaf l. */
  grid: (Entry | undefined)[];
  /** Entries that name a leaf a unit already has (the later ones), with the first. */
  duplicates: { entry: Entry; first: Entry }[];
  /** Entries whose unit is not among the units. */
  unlisted: Entry[];
  /** Entries whose code is not a leaf (unknown, or a group). */
  notLeaves: Entry[];
}

export function indexEntries(model: ClusterModel, tree: CriteriaTree): EntryIndex {
  const units: Unit[] = [];
  const unitIndex = new Map<string, number>();
  for (const u of model.units) {
    const key = normalizeUnitName(u.name);
    if (unitIndex.has(key)) continue;
    unitIndex.set(key, units.length);
    units.push(u);
  }
  const leaves = [...tree.scoredLeaves, ...tree.bonusLeaves, ...tree.penaltyLeaves];
  const leafIndex = new Map(leaves.map((c, i) => [c.code, i] as const));
  const L = leaves.length;
  const grid = new Array<Entry | undefined>(units.length * L);
  const duplicates: EntryIndex['duplicates'] = [];
  const unlisted: Entry[] = [];
  const notLeaves: Entry[] = [];
  // Unit names as written, looked up once each (the same name comes once per criterion).
  const byWritten = new Map<string, number | undefined>();
  for (const e of model.entries) {
    let u = byWritten.get(e.unit);
    if (u === undefined && !byWritten.has(e.unit)) {
      u = unitIndex.get(normalizeUnitName(e.unit));
      byWritten.set(e.unit, u);
    }
    const l = leafIndex.get(e.criterion);
    if (l === undefined) notLeaves.push(e);
    if (u === undefined) {
      unlisted.push(e);
      continue;
    }
    if (l === undefined) continue;
    const slot = u * L + l;
    const first = grid[slot];
    if (first) duplicates.push({ entry: e, first });
    else grid[slot] = e;
  }
  return { units, unitIndex, leaves, leafIndex, grid, duplicates, unlisted, notLeaves };
}

export function entryOf(index: EntryIndex, unit: number, leaf: number): Entry | null {
  return index.grid[unit * index.leaves.length + leaf] ?? null;
}
