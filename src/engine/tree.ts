import { countsInGroups, isBonus, isDeduction, isGroup } from './kinds';
import type { Criterion } from './model';

export { isExtra, isLeaf } from './kinds';

/** The criteria as a tree, indexed once: children in sheet order, leaves, top level. */
export interface CriteriaTree {
  byCode: Map<string, Criterion>;
  children: Map<string, Criterion[]>;
  topLevel: Criterion[];
  /** Leaves scored into groups: every non-group that is not a bonus or a penalty. */
  scoredLeaves: Criterion[];
  bonusLeaves: Criterion[];
  penaltyLeaves: Criterion[];
  groups: Criterion[];
}

/** Builds the tree; assumes unique codes and known parents (see validateModel). */
export function buildTree(criteria: readonly Criterion[]): CriteriaTree {
  const byCode = new Map<string, Criterion>();
  for (const c of criteria) if (!byCode.has(c.code)) byCode.set(c.code, c);
  const children = new Map<string, Criterion[]>();
  const topLevel: Criterion[] = [];
  for (const c of byCode.values()) {
    if (c.parent !== null && byCode.has(c.parent)) {
      const list = children.get(c.parent) ?? [];
      list.push(c);
      children.set(c.parent, list);
    } else {
      topLevel.push(c);
    }
  }
  const all = [...byCode.values()];
  return {
    byCode,
    children,
    topLevel,
    scoredLeaves: all.filter(countsInGroups),
    bonusLeaves: all.filter(isBonus),
    penaltyLeaves: all.filter(isDeduction),
    groups: all.filter(isGroup),
  };
}

/** The scored leaves under a criterion or group (itself when it is a scored leaf). */
export function leavesUnder(tree: CriteriaTree, code: string): Criterion[] {
  const out: Criterion[] = [];
  const seen = new Set<string>();
  const walk = (c: Criterion): void => {
    if (seen.has(c.code)) return;
    seen.add(c.code);
    if (isGroup(c)) for (const child of tree.children.get(c.code) ?? []) walk(child);
    else if (countsInGroups(c)) out.push(c);
  };
  const start = tree.byCode.get(code);
  if (start) walk(start);
  return out;
}

/** Groups in bottom-up order (children before parents), so sums can be taken in one pass. */
export function groupsBottomUp(tree: CriteriaTree): Criterion[] {
  const out: Criterion[] = [];
  const visit = (c: Criterion, depth: number): void => {
    if (depth > tree.byCode.size) return; // a cycle; validateModel reports it
    for (const child of tree.children.get(c.code) ?? []) if (isGroup(child)) visit(child, depth + 1);
    if (isGroup(c)) out.push(c);
  };
  for (const c of tree.topLevel) visit(c, 0);
  return out;
}
