/**
 * fast-check arbitraries of whole cluster models, valid by construction (unique codes, known
 * parents, no cycles, positive maxima, existing award criteria), so that every property can ask the
 * engine for a ranked result: 1–3 groups (sometimes with a subgroup), leaves of every kind and
 * method in both directions, bonus and penalty items (sometimes inside a group), 2–8 units, figures
 * with gaps, every setting that changes ranking or nominations, and 1–3 awards.
 */
import fc from 'fast-check';
import type { Award, ClusterModel, Criterion, CriterionKind, Direction, Entry, Method, TieBreak, Unit } from '../../../src/engine/model';
import { makeSettings } from '../../../src/engine/settings';
import { seededRandom } from '../../support/generate-cluster';

/** Names that differ under Vietnamese collation (see engine-bugs.pending.ts for names that do not). */
export const UNIT_POOL = ['An Dương', 'An Lão', 'Bạch Long Vĩ', 'Cát Hải', 'Kiến Thụy', 'Thủy Nguyên', 'Tiên Lãng', 'Vĩnh Bảo', 'Đồ Sơn', 'Hồng Bàng'];

type LeafKind = 'proportional' | 'threshold' | 'relative' | 'passfail' | 'count' | 'manual';

interface LeafSpec {
  kind: LeafKind;
  direction: Direction;
  max: number;
  bonusPerPercent: number | null;
  bonusCap: number | null;
  pointsPerUnit: number | null;
  mandatory: boolean;
}

const maxArb = fc.oneof(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 3000 }).map((n) => n / 100));
const money = (min: number, max: number): fc.Arbitrary<number> => fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);

const leafArb: fc.Arbitrary<LeafSpec> = fc.record({
  kind: fc.constantFrom<LeafKind>('proportional', 'threshold', 'relative', 'passfail', 'count', 'manual'),
  direction: fc.constantFrom<Direction>('higher', 'higher', 'lower'),
  max: maxArb,
  bonusPerPercent: fc.option(money(0, 1), { nil: null }),
  bonusCap: fc.option(money(0, 5), { nil: null }),
  pointsPerUnit: fc.option(money(0.5, 5), { nil: null }),
  mandatory: fc.boolean(),
});

const extraArb = fc.record({
  kind: fc.constantFrom<CriterionKind>('bonus', 'penalty'),
  max: fc.integer({ min: 1, max: 10 }),
  pointsPerUnit: fc.option(money(0.5, 3), { nil: null }),
  /** Index of the group it stands in (bonus and penalty count in no group wherever they stand); -1: top level. */
  inGroup: fc.integer({ min: -1, max: 2 }),
});

const groupArb = fc.record({
  leaves: fc.array(leafArb, { minLength: 1, maxLength: 4 }),
  sub: fc.option(fc.array(leafArb, { minLength: 1, maxLength: 2 }), { nil: null, freq: 3 }),
});

const treeArb = fc.record({
  groups: fc.array(groupArb, { minLength: 1, maxLength: 3 }),
  topLeaf: fc.option(leafArb, { nil: null, freq: 3 }),
  extras: fc.array(extraArb, { maxLength: 3 }),
});

function leafCriterion(code: string, parent: string | null, l: LeafSpec): Criterion {
  const kind: CriterionKind = l.kind === 'proportional' || l.kind === 'threshold' || l.kind === 'relative' ? 'target' : l.kind;
  const method: Method = kind === 'target' ? (l.kind as Method) : 'proportional';
  return {
    code,
    name: `Tiêu chí ${code}`,
    parent,
    kind,
    max: l.max,
    direction: kind === 'target' ? l.direction : 'higher',
    method,
    bonusPerPercent: kind === 'target' ? l.bonusPerPercent : null,
    bonusCap: kind === 'target' ? l.bonusCap : null,
    pointsPerUnit: kind === 'count' ? l.pointsPerUnit : null,
    mandatory: l.mandatory && (kind === 'passfail' || kind === 'target' || kind === 'manual'),
    measure: '',
  };
}

type TreeSpec = typeof treeArb extends fc.Arbitrary<infer T> ? T : never;

function criteriaOf(tree: TreeSpec): Criterion[] {
  const out: Criterion[] = [];
  const roman = ['I', 'II', 'III'];
  tree.groups.forEach((g, i) => {
    const code = roman[i]!;
    const group: Criterion = { ...leafCriterion(code, null, g.leaves[0]!), kind: 'group', max: null, mandatory: false, bonusPerPercent: null, bonusCap: null, pointsPerUnit: null };
    out.push(group);
    g.leaves.forEach((l, j) => out.push(leafCriterion(`${i + 1}.${j + 1}`, code, l)));
    if (g.sub) {
      const sub = `${i + 1}.${g.leaves.length + 1}`;
      out.push({ ...group, code: sub, parent: code, name: `Nhóm ${sub}` });
      g.sub.forEach((l, j) => out.push(leafCriterion(`${sub}.${j + 1}`, sub, l)));
    }
  });
  if (tree.topLeaf) out.push(leafCriterion('0.1', null, tree.topLeaf));
  tree.extras.forEach((e, i) => {
    const parent = e.inGroup >= 0 && e.inGroup < tree.groups.length ? roman[e.inGroup]! : null;
    out.push({ ...leafCriterion(`T${i + 1}`, parent, { kind: 'count', direction: 'higher', max: e.max, bonusPerPercent: null, bonusCap: null, pointsPerUnit: e.pointsPerUnit, mandatory: false }), kind: e.kind, pointsPerUnit: e.pointsPerUnit });
  });
  return out;
}

/** One figure for a unit and a leaf, by kind; `null` leaves the row out. */
function figureArb(c: Criterion): fc.Arbitrary<Omit<Entry, 'unit' | 'criterion' | 'evidence' | 'note'> | null> {
  const none = { target: null, actual: null, self: null, appraised: null };
  let arb: fc.Arbitrary<Omit<Entry, 'unit' | 'criterion' | 'evidence' | 'note'>>;
  switch (c.kind) {
    case 'target':
      arb = fc.record({
        target: fc.oneof({ weight: 1, arbitrary: fc.constantFrom(null, 0) }, { weight: 8, arbitrary: money(0.5, 1000) }),
        actual: fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 10, arbitrary: money(0, 1500) }),
        self: fc.constant(null),
        appraised: fc.constant(null),
      });
      break;
    case 'passfail':
      arb = fc.oneof(fc.boolean(), fc.boolean(), fc.constant(null)).map((actual) => ({ ...none, actual }));
      break;
    case 'count':
    case 'bonus':
    case 'penalty':
      arb = fc.option(fc.integer({ min: 0, max: 8 }), { nil: null, freq: 8 }).map((actual) => ({ ...none, actual }));
      break;
    case 'manual': {
      const score = fc.option(money(0, Math.ceil((c.max ?? 10) * 1.1)), { nil: null, freq: 3 });
      arb = fc.record({ target: fc.constant(null), actual: fc.constant(null), self: score, appraised: score });
      break;
    }
    case 'group':
      return fc.constant(null);
  }
  return fc.option(arb, { nil: null, freq: 8 });
}

function tieBreakArb(codes: string[]): fc.Arbitrary<TieBreak[] | null> {
  const one: fc.Arbitrary<TieBreak> = fc.oneof(
    fc.constantFrom(...codes).map((code): TieBreak => ({ kind: 'criterion', code })),
    fc.constantFrom<TieBreak>({ kind: 'exceeded' }, { kind: 'penalty' }, { kind: 'bonus' }),
  );
  return fc.option(fc.array(one, { minLength: 1, maxLength: 3 }), { nil: null });
}

function awardsArb(codes: string[]): fc.Arbitrary<Award[]> {
  const award = fc.record({
    thematic: fc.boolean(),
    criterion: fc.constantFrom(...codes),
    quota: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
    maxShare: fc.option(fc.integer({ min: 0, max: 100 }).map((n) => n / 100), { nil: null, freq: 3 }),
    minScore: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null, freq: 3 }),
    minPercent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null, freq: 2 }),
  });
  return fc.array(award, { minLength: 1, maxLength: 3 }).map((list) =>
    list.map((a, i): Award => ({
      order: i + 1,
      name: `Hình thức ${i + 1}`,
      scope: a.thematic ? 'thematic' : 'overall',
      quota: a.quota,
      maxShare: a.maxShare,
      minScore: a.minScore,
      minPercent: a.minPercent,
      criterion: a.thematic ? a.criterion : null,
    })),
  );
}

/** A valid cluster model. */
export const modelArb: fc.Arbitrary<ClusterModel> = treeArb.chain((tree) => {
  const criteria = criteriaOf(tree);
  const leaves = criteria.filter((c) => c.kind !== 'group');
  const codes = criteria.map((c) => c.code);
  return fc
    .record({
      units: fc.shuffledSubarray(UNIT_POOL, { minLength: 2, maxLength: 8 }),
      disciplined: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
      figures: fc.array(fc.tuple(...leaves.map(figureArb)), { minLength: 8, maxLength: 8 }),
      settings: fc.record({
        decimals: fc.integer({ min: 0, max: 3 }),
        missing: fc.constantFrom<'zero' | 'exclude'>('zero', 'exclude'),
        rankBy: fc.constantFrom<'total' | 'percent'>('total', 'percent'),
        rankStyle: fc.constantFrom<'competition' | 'dense'>('competition', 'dense'),
        oneAwardPerUnit: fc.boolean(),
        totalBonusCap: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
        tieBreaks: tieBreakArb(codes),
      }),
      awards: awardsArb(codes),
    })
    .map(({ units: names, disciplined, figures, settings, awards }): ClusterModel => {
      const units: Unit[] = names.map((name, i) => ({ name, role: 'Thành viên', disciplined: disciplined[i]! && i % 3 === 0, note: '' }));
      const entries: Entry[] = [];
      names.forEach((unit, i) =>
        leaves.forEach((c, j) => {
          const f = figures[i]![j];
          if (f) entries.push({ unit, criterion: c.code, ...f, evidence: '', note: '' });
        }),
      );
      return { criteria, units, entries, awards, settings: makeSettings(settings), unitsFromSheet: true };
    });
});

/** The items shuffled by a seeded Fisher–Yates (the seed comes from fast-check). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rnd = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
