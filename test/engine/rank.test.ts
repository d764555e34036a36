/** R5: sorting, tie-breaks, shared ranks (competition / dense), collation, tie notes. */
import { toResultJson } from '../../src/engine/json';
import { tieNoteText } from '../../src/engine/labels';
import type { SettingsInput } from '../../src/engine/settings';
import { cluster, order, ranks, unitOf, type ClusterBuilder } from './builder';

/** Units with a manual score each in group I (max 100) and optional extras. */
function scored(rows: Record<string, { I?: number; II?: number; bonus?: number; penalty?: number; exceed?: boolean }>, s: SettingsInput = {}): ClusterBuilder {
  const b = cluster()
    .group('I')
    .manual('1', 100, { parent: 'I' })
    .group('II')
    .manual('2', 100, { parent: 'II' })
    .target('3', 0, { parent: 'II' })
    .bonus('T1', 50)
    .penalty('T2', 50)
    .settings(s);
  for (const [u, r] of Object.entries(rows)) {
    b.unit(u)
      .data(u, '1', { self: r.I ?? 0 })
      .data(u, '2', { self: r.II ?? 0 })
      .data(u, '3', { target: 1, actual: r.exceed ? 2 : 1 });
    if (r.bonus) b.data(u, 'T1', r.bonus);
    if (r.penalty) b.data(u, 'T2', r.penalty);
  }
  return b;
}

describe('R5 sorting and shared ranks', () => {
  const totals = { A: { I: 10 }, B: { I: 8 }, C: { I: 8 }, D: { I: 5 }, E: { I: 8 } };

  it('sorts by total, more first; equal on everything shares a rank, competition style 1, 2, 2, 2, 5', () => {
    const r = scored(totals).evaluate();
    expect(order(r)).toEqual(['A', 'B', 'C', 'E', 'D']);
    expect(ranks(r)).toEqual({ A: 1, B: 2, C: 2, E: 2, D: 5 });
  });

  it('dense style: 1, 2, 2, 2, 3', () => {
    const r = scored(totals, { rankStyle: 'dense' }).evaluate();
    expect(ranks(r)).toEqual({ A: 1, B: 2, C: 2, E: 2, D: 3 });
  });

  it('ranks by percent when set, for clusters where some criteria do not apply', () => {
    const b = cluster()
      .manual('1', 50)
      .target('2', 50)
      .units('Full', 'Part')
      .data('Full', '1', { self: 45 })
      .data('Full', '2', { target: 10, actual: 8 }) // 40 → 85 of 100
      .data('Part', '1', { self: 45 })
      .data('Part', '2', { target: null, actual: 8 }); // 45 of 50 = 90 %
    expect(order(b.evaluate())).toEqual(['Full', 'Part']);
    const r = b.settings({ rankBy: 'percent' }).evaluate();
    expect(order(r)).toEqual(['Part', 'Full']);
    expect(ranks(r)).toEqual({ Part: 1, Full: 2 });
    expect([unitOf(r, 'Part').percent, unitOf(r, 'Full').percent]).toEqual([90, 85]);
  });

  it('a unit with the total but a lower percent is not tied when ranking by percent', () => {
    const r = cluster()
      .manual('1', 50)
      .target('2', 50)
      .units('X', 'Y')
      .data('X', '1', { self: 40 })
      .data('X', '2', { target: null, actual: 1 })
      .data('Y', '1', { self: 40 })
      .data('Y', '2', { target: 10, actual: 0 })
      .settings({ rankBy: 'percent', tieBreaks: [] })
      .evaluate();
    expect(ranks(r)).toEqual({ X: 1, Y: 2 });
  });
});

describe('R5 tie-breaks', () => {
  it('default chain: the first top-level group, more first', () => {
    const r = scored({ A: { I: 40, II: 60 }, B: { I: 50, II: 50 } }).evaluate();
    expect(order(r)).toEqual(['B', 'A']);
    expect(ranks(r)).toEqual({ B: 1, A: 2 });
    expect(r.tieBreaks).toEqual([{ kind: 'criterion', code: 'I' }, { kind: 'exceeded' }, { kind: 'penalty' }]);
  });

  it('default chain: then the exceeded count, more first', () => {
    const r = scored({ A: { I: 50, II: 50 }, B: { I: 50, II: 50, exceed: true } }).evaluate();
    // Exceeding 3 gives no points (MS 0) but counts as exceeded.
    expect(unitOf(r, 'B').total).toBe(unitOf(r, 'A').total);
    expect(order(r)).toEqual(['B', 'A']);
    expect(ranks(r)).toEqual({ B: 1, A: 2 });
  });

  it('default chain: then deductions, less first', () => {
    const r = scored({ A: { I: 50, II: 50, penalty: 2, bonus: 2 }, B: { I: 50, II: 50, penalty: 1, bonus: 1 } }).evaluate();
    expect(unitOf(r, 'A').total).toBe(100);
    expect(unitOf(r, 'B').total).toBe(100);
    expect(order(r)).toEqual(['B', 'A']);
    expect(unitOf(r, 'B').tie).toEqual({ relation: 'ahead', by: { kind: 'penalty' } });
  });

  it('a leaf code as tie-break', () => {
    const b = cluster()
      .group('I')
      .manual('1.1', 50, { parent: 'I' })
      .manual('1.2', 50, { parent: 'I' })
      .units('A', 'B')
      .data('A', '1.1', { self: 30 })
      .data('A', '1.2', { self: 20 })
      .data('B', '1.1', { self: 20 })
      .data('B', '1.2', { self: 30 });
    expect(ranks(b.settings({ tieBreaks: [{ kind: 'criterion', code: '1.2' }] }).evaluate())).toEqual({ B: 1, A: 2 });
    expect(ranks(b.settings({ tieBreaks: [{ kind: 'criterion', code: '1.1' }] }).evaluate())).toEqual({ A: 1, B: 2 });
  });

  it('a group code as tie-break (not only the first group)', () => {
    const r = scored({ A: { I: 60, II: 40 }, B: { I: 40, II: 60 } }, { tieBreaks: [{ kind: 'criterion', code: 'II' }] }).evaluate();
    expect(ranks(r)).toEqual({ B: 1, A: 2 });
    expect(unitOf(r, 'B').tie).toEqual({ relation: 'ahead', by: { kind: 'criterion', code: 'II' } });
  });

  it('bonus as tie-break, more first; penalty, less first', () => {
    const rows = { A: { I: 50, bonus: 5, penalty: 5 }, B: { I: 52, bonus: 3, penalty: 5 } };
    expect(ranks(scored(rows, { tieBreaks: [{ kind: 'bonus' }] }).evaluate())).toEqual({ A: 1, B: 2 });
    const pen = { A: { I: 50, bonus: 5, penalty: 5 }, B: { I: 49, bonus: 5, penalty: 4 } };
    expect(ranks(scored(pen, { tieBreaks: [{ kind: 'penalty' }] }).evaluate())).toEqual({ B: 1, A: 2 });
  });

  it('the chain is applied in turn: an equal first tie-break passes to the next', () => {
    const rows = { A: { I: 50, II: 50 }, B: { I: 50, II: 50, exceed: true }, C: { I: 60, II: 40 } };
    const r = scored(rows, { tieBreaks: [{ kind: 'criterion', code: 'I' }, { kind: 'exceeded' }] }).evaluate();
    expect(order(r)).toEqual(['C', 'B', 'A']);
    expect(ranks(r)).toEqual({ C: 1, B: 2, A: 3 });
  });

  it('an empty chain leaves equal totals tied', () => {
    const r = scored({ A: { I: 40, II: 60 }, B: { I: 50, II: 50 } }, { tieBreaks: [] }).evaluate();
    expect(ranks(r)).toEqual({ A: 1, B: 1 });
  });
});

describe('R5 Vietnamese collation of a full tie', () => {
  it('lists units sharing a rank by name in Vietnamese order (a ă â … d đ, tones after letters)', () => {
    const names = ['Đông Anh', 'Dương Kinh', 'Ân Thi', 'Ăn Khê', 'An Lão', 'Bắc Hà', 'Hạ', 'Há', 'Hã', 'Hả', 'Hà', 'Ha', 'Ô Môn', 'Ơ Rê', 'Ong'];
    const rows = Object.fromEntries(names.map((n) => [n, { I: 50 }]));
    const r = scored(rows).evaluate();
    expect(order(r)).toEqual(['An Lão', 'Ăn Khê', 'Ân Thi', 'Bắc Hà', 'Dương Kinh', 'Đông Anh', 'Ha', 'Hà', 'Hả', 'Hã', 'Há', 'Hạ', 'Ong', 'Ô Môn', 'Ơ Rê']);
    expect(new Set(Object.values(ranks(r)))).toEqual(new Set([1]));
    // Not the code-point order, which would put Đ, Ă, Â, Ô and Ơ after Z.
    expect([...names].sort()).not.toEqual(order(r));
  });

  it('sorts only within a shared rank: a better total still comes first', () => {
    const r = scored({ 'Đông Anh': { I: 60 }, 'An Lão': { I: 50 }, 'Ân Thi': { I: 50 } }).evaluate();
    expect(order(r)).toEqual(['Đông Anh', 'An Lão', 'Ân Thi']);
  });
});

describe('R5 tie notes', () => {
  it('ahead / behind on the tie-break that decided, tied when nothing did, none without an equal neighbour', () => {
    const r = scored({
      Top: { I: 90 },
      A: { I: 40, II: 30 },
      B: { I: 30, II: 40 },
      C: { I: 20, II: 30 },
      D: { I: 20, II: 30 },
      Last: { I: 1 },
    }).evaluate();
    expect(order(r)).toEqual(['Top', 'A', 'B', 'C', 'D', 'Last']);
    expect(ranks(r)).toEqual({ Top: 1, A: 2, B: 3, C: 4, D: 4, Last: 6 });
    const note = (u: string) => unitOf(r, u).tie;
    expect(note('Top')).toBeNull();
    expect(note('A')).toEqual({ relation: 'ahead', by: { kind: 'criterion', code: 'I' } });
    expect(note('B')).toEqual({ relation: 'behind', by: { kind: 'criterion', code: 'I' } });
    expect(note('C')).toEqual({ relation: 'tied', by: null });
    expect(note('D')).toEqual({ relation: 'tied', by: null });
    expect(note('Last')).toBeNull();
    const json = toResultJson(r, 'vi');
    const text = Object.fromEntries(json.units.map((u) => [u.unit, u.tieBreak]));
    expect(text).toEqual({ Top: null, A: 'Hơn ở tiêu chí phụ: I', B: 'Kém ở tiêu chí phụ: I', C: 'Đồng hạng', D: 'Đồng hạng', Last: null });
    expect(tieNoteText({ relation: 'ahead', by: { kind: 'exceeded' } }, 'vi')).toBe('Hơn ở tiêu chí phụ: số tiêu chí vượt');
    expect(tieNoteText({ relation: 'tied', by: null }, 'en')).toBe('Tied');
  });

  it('the worked example’s D and A: D ahead on group I', () => {
    const r = scored({ D: { I: 50.5, II: 33 }, A: { I: 48, II: 35.5 } }).evaluate();
    expect(order(r)).toEqual(['D', 'A']);
    expect(toResultJson(r, 'vi').units.map((u) => u.tieBreak)).toEqual(['Hơn ở tiêu chí phụ: I', 'Kém ở tiêu chí phụ: I']);
  });
});
