/**
 * The count of vote.md on small hand-made ballots: invalid ballots, the threshold and its base,
 * the quorum, a tie at the last seat under each tie rule, one award per unit, the diagnostics.
 */
import { DiagnosticList } from '../../src/engine/diagnostics';
import { fraction, parseFraction } from '../../src/engine/fraction';
import { countVotes, passes, sharePercent, type BallotRow, type VoteAward, type VoteOutcome, type VoteRules } from '../../src/engine/vote';

const SHEET = 'Phiếu bầu';

const rules = (o: Partial<VoteRules> = {}): VoteRules => ({
  voters: 10,
  threshold: 'majority',
  base: 'voters',
  quorum: null,
  tie: 'revote',
  oneAwardPerUnit: true,
  ...o,
});

const award = (name: string, seats: number, ...units: [string, number][]): VoteAward => ({
  name,
  seats,
  candidates: units.map(([unit, rank]) => ({ unit, rank })),
});

/** Ballots 1..n; `yes[unit]` lists the ballots saying yes to it for `awardName`. Rows get cells A2, A3… */
function ballots(awardName: string, n: number, yes: Record<string, number[]>, from = 0): BallotRow[] {
  const rows: BallotRow[] = [];
  for (let b = 1; b <= n; b++)
    for (const [unit, list] of Object.entries(yes)) {
      const r = from + rows.length + 2;
      rows.push({
        ballot: String(b),
        award: awardName,
        unit,
        yes: list.includes(b),
        at: { ballot: { sheet: SHEET, cell: `A${r}` }, award: { sheet: SHEET, cell: `B${r}` }, unit: { sheet: SHEET, cell: `C${r}` }, yes: { sheet: SHEET, cell: `D${r}` } },
      });
    }
  return rows;
}

const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

function count(awards: VoteAward[], rows: BallotRow[], r: VoteRules = rules()) {
  const diags = new DiagnosticList();
  const result = countVotes(awards, rows, r, diags, SHEET);
  const outcomes = (name: string): Record<string, VoteOutcome> =>
    Object.fromEntries(result.awards.find((a) => a.award === name)!.candidates.map((c) => [c.unit, c.outcome]));
  return { result, diags: diags.items, outcomes };
}

describe('exact shares', () => {
  it.each([
    ['70%', fraction(7, 10)],
    ['2/3', fraction(2, 3)],
    ['0,7', fraction(7, 10)],
    ['0.7', fraction(7, 10)],
    ['70', fraction(7, 10)],
    ['66,67%', fraction(6667, 10000)],
    [0.7, fraction(7, 10)],
    [50, fraction(1, 2)],
    [1, fraction(1, 1)],
  ] as const)('reads %p exactly', (text, f) => {
    expect(parseFraction(text)).toEqual(f);
  });

  it.each(['abc', '0', '150%', '3/2', '1/0', '-5%', ''])('refuses %p', (text) => {
    expect(parseFraction(text)).toBeNull();
  });

  it('compares 2/3 exactly where a rounded float would not (6 of 9 is exactly two thirds)', () => {
    expect(passes(6, 9, fraction(2, 3))).toBe(true);
    expect(passes(5, 9, fraction(2, 3))).toBe(false);
    // 0.6667 as a share: 6 of 9 = 0.66666… is below it.
    expect(passes(6, 9, parseFraction('66,67%')!)).toBe(false);
    expect(sharePercent(6, 9)).toBe(66.67);
    expect(sharePercent(7, 8)).toBe(87.5);
    expect(sharePercent(1, 3)).toBe(33.33);
    expect(sharePercent(2, 3)).toBe(66.67);
  });
});

describe('the count', () => {
  it('`quá bán` at exactly half is below; one more vote passes', () => {
    const { outcomes, result } = count([award('Cờ', 2, ['A', 1], ['B', 2])], ballots('Cờ', 10, { A: range(1, 6), B: range(1, 5) }));
    expect(outcomes('Cờ')).toEqual({ A: 'elected', B: 'below' });
    expect(result.awards[0]!.candidates.map((c) => [c.unit, c.votes, c.base, c.share])).toEqual([
      ['A', 6, 10, 60],
      ['B', 5, 10, 50],
    ]);
  });

  it('a share threshold is "at least": 7 of 10 passes 70 %, 6 does not', () => {
    const rows = ballots('Cờ', 10, { A: range(1, 7), B: range(1, 6) });
    expect(count([award('Cờ', 2, ['A', 1], ['B', 2])], rows, rules({ threshold: fraction(7, 10) })).outcomes('Cờ')).toEqual({ A: 'elected', B: 'below' });
  });

  it('a ballot saying yes to more candidates than seats is invalid for that award only', () => {
    // Ballot 1 says yes to A and B for one seat: invalid for Cờ; its Bằng khen answer counts.
    const rows = [...ballots('Cờ', 4, { A: [1, 2, 3], B: [1] }), ...ballots('Bằng khen', 4, { C: [1, 2, 3] }, 100)];
    const { result, outcomes } = count([award('Cờ', 1, ['A', 1], ['B', 2]), award('Bằng khen', 1, ['C', 3])], rows, rules({ voters: 4 }));
    const [co, bk] = result.awards;
    expect([co!.valid, co!.invalid, bk!.valid, bk!.invalid]).toEqual([3, 1, 4, 0]);
    // On the voters (4): A has 2 valid votes, exactly half: below; C has 3.
    expect(co!.candidates.find((c) => c.unit === 'A')!.votes).toBe(2);
    expect(outcomes('Cờ')).toEqual({ A: 'below', B: 'below' });
    expect(outcomes('Bằng khen')).toEqual({ C: 'elected' });
  });

  it('the base is the voters or the valid ballots of the award', () => {
    // 10 voters, 6 ballots received, one invalid: A has 4 votes.
    const rows = ballots('Cờ', 6, { A: [1, 2, 3, 4, 6], B: [6] });
    const onVoters = count([award('Cờ', 1, ['A', 1], ['B', 2])], rows, rules({ base: 'voters' }));
    expect(onVoters.result.awards[0]!.candidates[0]).toMatchObject({ unit: 'A', votes: 4, base: 10, share: 40, outcome: 'below' });
    const onValid = count([award('Cờ', 1, ['A', 1], ['B', 2])], rows, rules({ base: 'valid' }));
    expect(onValid.result.awards[0]!.valid).toBe(5);
    expect(onValid.result.awards[0]!.candidates[0]).toMatchObject({ unit: 'A', votes: 4, base: 5, share: 80, outcome: 'elected' });
  });

  it('below the quorum nobody is elected; at it the count goes on', () => {
    const rows = ballots('Cờ', 6, { A: range(1, 6) });
    const below = count([award('Cờ', 1, ['A', 1])], rows, rules({ quorum: fraction(2, 3) }));
    expect(below.result.quorumMet).toBe(false);
    expect(below.outcomes('Cờ')).toEqual({ A: 'noQuorum' });
    const met = count([award('Cờ', 1, ['A', 1])], rows, rules({ quorum: fraction(3, 5) }));
    expect(met.result.quorumMet).toBe(true);
    expect(met.outcomes('Cờ')).toEqual({ A: 'elected' });
    expect(count([award('Cờ', 1, ['A', 1])], rows).result.quorumMet).toBe(true);
  });

  describe('a tie at the last seat', () => {
    // 20 voters, two seats: A 16 votes, B and C 12 each for the one seat left, D none.
    const awards = [award('Bằng khen', 2, ['A', 1], ['B', 3], ['C', 2], ['D', 4])];
    const rows = ballots('Bằng khen', 20, { A: range(1, 16), B: [...range(1, 8), ...range(17, 20)], C: range(9, 20), D: [] });

    it('`bỏ phiếu lại`: none of the tied takes the seat, which stays open', () => {
      const { outcomes, result } = count(awards, rows, rules({ voters: 20 }));
      expect(result.awards[0]!.invalid).toBe(0);
      expect(outcomes('Bằng khen')).toEqual({ A: 'elected', B: 'revote', C: 'revote', D: 'below' });
    });

    it('`theo thứ hạng`: the better rank takes it, the other has no seat', () => {
      const { outcomes } = count(awards, rows, rules({ voters: 20, tie: 'rank' }));
      expect(outcomes('Bằng khen')).toEqual({ A: 'elected', C: 'elected', B: 'noSeat', D: 'below' });
    });

    it('`theo thứ hạng` with units sharing a rank: they still tie and go to a revote', () => {
      const shared = [award('Bằng khen', 2, ['A', 1], ['B', 2], ['C', 2], ['D', 4])];
      const { outcomes } = count(shared, rows, rules({ voters: 20, tie: 'rank' }));
      expect(outcomes('Bằng khen')).toEqual({ A: 'elected', B: 'revote', C: 'revote', D: 'below' });
    });

    it('candidates after a revote get no seat', () => {
      const one = [award('Cờ', 1, ['B', 2], ['C', 3], ['E', 1])];
      const r = ballots('Cờ', 10, { B: range(1, 4), C: range(5, 8), E: [9, 10] });
      expect(count(one, r, rules({ threshold: fraction(1, 5) })).outcomes('Cờ')).toEqual({ B: 'revote', C: 'revote', E: 'noSeat' });
      expect(count(one, r, rules({ threshold: fraction(1, 5), tie: 'rank' })).outcomes('Cờ')).toEqual({ B: 'elected', C: 'noSeat', E: 'noSeat' });
    });

    it('a tie that fits the seats left elects all of them', () => {
      const three = [award('Bằng khen', 3, ['A', 1], ['B', 3], ['C', 2], ['E', 5])];
      const r = ballots('Bằng khen', 10, { A: range(1, 6), B: range(1, 6), C: range(1, 6), E: [] });
      expect(count(three, r).outcomes('Bằng khen')).toEqual({ A: 'elected', B: 'elected', C: 'elected', E: 'below' });
    });
  });

  it('passing candidates beyond the seats are `Hết số lượng`', () => {
    const rows = ballots('Cờ', 10, { A: range(1, 6), B: range(7, 10) });
    const { outcomes } = count([award('Cờ', 1, ['A', 1], ['B', 2])], rows, rules({ threshold: fraction(1, 3) }));
    expect(outcomes('Cờ')).toEqual({ A: 'elected', B: 'noSeat' });
  });

  it('one award per unit: a unit elected earlier is `Đã trúng hình thức cao hơn` later; without the rule it may take both', () => {
    const awards = [award('Cờ', 1, ['A', 1]), award('Bằng khen', 2, ['A', 1], ['B', 2])];
    const rows = [...ballots('Cờ', 10, { A: range(1, 9) }), ...ballots('Bằng khen', 10, { A: range(1, 8), B: range(1, 6) }, 100)];
    const one = count(awards, rows);
    expect(one.outcomes('Cờ')).toEqual({ A: 'elected' });
    expect(one.outcomes('Bằng khen')).toEqual({ A: 'higherAward', B: 'elected' });
    const both = count(awards, rows, rules({ oneAwardPerUnit: false }));
    expect(both.outcomes('Bằng khen')).toEqual({ A: 'elected', B: 'elected' });
  });

  it('candidates are listed in order of votes', () => {
    const { result } = count([award('Cờ', 3, ['A', 1], ['B', 2], ['C', 3])], ballots('Cờ', 10, { A: [1], B: range(1, 7), C: range(1, 3) }));
    expect(result.awards[0]!.candidates.map((c) => c.unit)).toEqual(['B', 'C', 'A']);
  });
});

describe('diagnostics at the ballot rows', () => {
  const awards = [award('Cờ thi đua', 1, ['Thủy Nguyên', 1], ['An Lão', 2])];
  const row = (ballot: string, a: string, unit: string, yes: boolean, r: number): BallotRow => ({
    ballot,
    award: a,
    unit,
    yes,
    at: { ballot: { sheet: SHEET, cell: `A${r}` }, award: { sheet: SHEET, cell: `B${r}` }, unit: { sheet: SHEET, cell: `C${r}` }, yes: { sheet: SHEET, cell: `D${r}` } },
  });

  it('an unknown award, a unit that is no candidate, a duplicate row (at the second) are errors at their cells', () => {
    const rows = [
      row('1', 'Cờ thi đua', 'Thủy Nguyên', true, 2),
      row('1', 'Giấy khen', 'Thủy Nguyên', true, 3),
      row('1', 'Cờ thi đua', 'Kiến Thụy', true, 4),
      row('1', 'CỜ THI ĐUA', 'thuỷ nguyên', false, 5),
      row('2', 'cờ thi đua', 'An Lão', true, 6),
    ];
    const { diags, result } = count(awards, rows, rules({ voters: 2 }));
    expect(diags.map((d) => [d.code, d.cell])).toEqual([
      ['ballotUnknownAward', 'B3'],
      ['ballotNotCandidate', 'C4'],
      ['ballotDuplicate', 'A5'],
    ]);
    expect(diags.every((d) => d.severity === 'error' && d.sheet === SHEET)).toBe(true);
    expect(diags[2]!.params.first).toBe('A2');
    // Award names are matched like sheet names, unit names like elsewhere; the duplicate is left out.
    expect(result.awards[0]!.candidates.map((c) => [c.unit, c.votes])).toEqual([
      ['Thủy Nguyên', 1],
      ['An Lão', 1],
    ]);
  });

  it('more ballots than voters is an error at the first row of the first ballot too many', () => {
    const rows = [row('1', 'Cờ thi đua', 'An Lão', true, 2), row('2', 'Cờ thi đua', 'An Lão', true, 3), row('3', 'Cờ thi đua', 'An Lão', true, 4)];
    const { diags, result } = count(awards, rows, rules({ voters: 2 }));
    expect(result.received).toBe(3);
    expect(diags).toEqual([expect.objectContaining({ severity: 'error', code: 'tooManyBallots', cell: 'A4', params: { received: 3, voters: 2, ballot: '3' } })]);
  });
});
