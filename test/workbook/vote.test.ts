/**
 * The vote through the reader: worked example V of vote.md on the Hải Phòng fixture, the
 * `Phiếu bầu` sheet and the five vote settings of `Cài đặt`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toResultJson } from '../../src/engine/json';
import { loadXlsx } from '../../src/hosts/exceljs';
import type { Cell, WorkbookGrid } from '../../src/workbook/grid';
import { scoreGrid } from '../../src/workbook/pipeline';
import { sheet, withSheet } from './grids';
import { ballotRows, tinyVoteBook, V_AWARDS, V_YES } from './vote-ballots';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'hai-phong-huyen-2024.xlsx');

let base: WorkbookGrid;
beforeAll(async () => {
  base = (await loadXlsx(readFileSync(FIXTURE), 'hai-phong-huyen-2024.xlsx')).grid;
});

/** The fixture with `Phiếu bầu` and extra settings rows. */
function book(rows: Cell[][] = ballotRows(), settings: [string, Cell][] = []): WorkbookGrid {
  let wb = withSheet(base, sheet('Phiếu bầu', rows));
  if (settings.length) {
    const s = wb.sheets.find((x) => x.name === 'Cài đặt')!;
    wb = withSheet(wb, { ...s, rows: [...s.rows, ...settings.map(([k, v]) => [k, v])] });
  }
  return wb;
}

const outcomes = (wb: WorkbookGrid) => {
  const { result } = scoreGrid(wb, 'vi');
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return Object.fromEntries(result.vote!.awards.flatMap((a) => a.candidates.map((c) => [c.unit, c.outcome])));
};

describe('worked example V (Hải Phòng, 8 voters, defaults)', () => {
  it('counts exactly as vote.md says', () => {
    const { result } = scoreGrid(book(), 'vi');
    expect(result.ok).toBe(true);
    const json = toResultJson(result, 'vi').vote!;
    expect(json).toEqual({
      voters: 8,
      received: 8,
      quorumMet: true,
      awards: [
        { award: V_AWARDS.flag, seats: 1, valid: 8, invalid: 0, candidates: [{ unit: 'Thủy Nguyên', votes: 7, base: 8, share: 87.5, outcome: 'elected' }] },
        { award: V_AWARDS.city, seats: 1, valid: 8, invalid: 0, candidates: [{ unit: 'Vĩnh Bảo', votes: 7, base: 8, share: 87.5, outcome: 'elected' }] },
        {
          award: V_AWARDS.overall,
          seats: 2,
          valid: 8,
          invalid: 0,
          candidates: [
            { unit: 'An Lão', votes: 5, base: 8, share: 62.5, outcome: 'elected' },
            { unit: 'An Dương', votes: 4, base: 8, share: 50, outcome: 'below' },
          ],
        },
        { award: V_AWARDS.rural, seats: 1, valid: 8, invalid: 0, candidates: [{ unit: 'Cát Hải', votes: 5, base: 8, share: 62.5, outcome: 'elected' }] },
        { award: V_AWARDS.reform, seats: 1, valid: 8, invalid: 0, candidates: [{ unit: 'Tiên Lãng', votes: 4, base: 8, share: 50, outcome: 'below' }] },
      ],
    });
  });

  it('with `Ngưỡng phiếu` = 50%, An Dương and Tiên Lãng are elected too', () => {
    const o = outcomes(book(ballotRows(), [['Ngưỡng phiếu', '50%']]));
    expect(o).toEqual({ 'Thủy Nguyên': 'elected', 'Vĩnh Bảo': 'elected', 'An Lão': 'elected', 'An Dương': 'elected', 'Cát Hải': 'elected', 'Tiên Lãng': 'elected' });
  });

  it('without `Phiếu bầu` there is no vote and the JSON has no `vote` part', () => {
    const { result } = scoreGrid(base, 'vi');
    expect(result.vote).toBeUndefined();
    expect('vote' in toResultJson(result, 'vi')).toBe(false);
  });

  it('an English `Ballots` sheet with English headers counts the same', () => {
    const rows = ballotRows();
    rows[0] = ['Ballot', 'Award', 'Unit', 'Yes'];
    const wb = withSheet(base, sheet('Ballots', rows.map((r, i) => (i > 0 && r[3] === 'x' ? [r[0]!, r[1]!, r[2]!, 'yes'] : r))));
    expect(outcomes(wb)['An Lão']).toBe('elected');
  });

  it('a sheet with its header and no ballot is no vote, with a warning', () => {
    const { result } = scoreGrid(book([ballotRows()[0]!]), 'vi');
    expect(result.ok).toBe(true);
    expect(result.vote).toBeUndefined();
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'emptyBallotsSheet', sheet: 'Phiếu bầu' }));
  });
});

describe('the vote sheets', () => {
  it('are written with the three others, in the language asked for, and only with ballots', () => {
    const en = scoreGrid(book(), 'en').sheets;
    expect(en.map((s) => [s.name, s.kind])).toEqual([
      ['Results', 'results'],
      ['Score detail', 'detail'],
      ['Nominations', 'nominations'],
      ['Vote results', 'votes'],
      ['Count minutes', 'minutes'],
      // The Hải Phòng cluster's maxima differ: a warning, so the Warnings sheet comes last.
      ['Warnings', 'warnings'],
    ]);
    const results = en[3]!;
    expect(results.rows).toContainEqual([1, 'An Lão', 5, 8, 0.625, 'Elected']);
    expect(results.rows).toContainEqual([2, 'An Dương', 4, 8, 0.5, 'Below the threshold']);
    expect(results.rows[2]).toEqual(['Elected with more than half of the voters']);
    const minutes = en[4]!;
    const text = minutes.rows.flat().filter((c) => typeof c === 'string');
    // An official paper (ND 30): MINUTES and its summary line, under the national heading.
    expect(text).toEqual(expect.arrayContaining(['SOCIALIST REPUBLIC OF VIETNAM', 'MINUTES', 'Of the ballot count: vote on the award nominations 2024 of Cụm thi đua các huyện thành phố Hải Phòng']));
    expect(text).toContain('    Elected: An Lão.');
    expect([minutes.page?.paper, minutes.page?.orientation, minutes.font?.name, minutes.gridlines, minutes.pageNumbersFrom]).toEqual(['A4', 'portrait', 'Times New Roman', false, 2]);
    // Every merge of the document is a title or text line, never over the tables' cells.
    const tableRows = new Set(minutes.rows.flatMap((r, i) => (typeof r[0] === 'number' || r[0] === 'No.' ? [i] : [])));
    expect(tableRows.size).toBeGreaterThan(5);
    for (const m of minutes.merges ?? []) expect(tableRows.has(Number(/\d+/.exec(m)![0]) - 1)).toBe(false);
    expect(scoreGrid(base, 'en').sheets.map((s) => s.kind)).toEqual(['results', 'detail', 'nominations', 'warnings']);
  });
});

describe('the vote settings', () => {
  it('`Số đại biểu` sets the voters (and the base): with 12, 7 votes are still more than half, 5 no longer', () => {
    const { result } = scoreGrid(book(ballotRows(), [['Số đại biểu', 12]]), 'vi');
    expect(result.vote!.voters).toBe(12);
    expect(result.vote!.awards[0]!.candidates[0]).toMatchObject({ votes: 7, base: 12, outcome: 'elected' });
    expect(result.vote!.awards[2]!.candidates[0]).toMatchObject({ unit: 'An Lão', votes: 5, base: 12, outcome: 'below' });
  });

  it('`Số đại biểu` below the ballots received is an error at the first ballot too many', () => {
    const { result } = scoreGrid(book(ballotRows(), [['Voters', 7]]), 'vi');
    expect(result.ok).toBe(false);
    const d = result.diagnostics.find((x) => x.code === 'tooManyBallots')!;
    expect(d).toMatchObject({ severity: 'error', sheet: 'Phiếu bầu', cell: `A${1 + 7 * V_YES.length + 1}` });
  });

  it('`Ngưỡng phiếu` takes `quá bán`, `2/3`, `0,7`, `70%`; anything else is an error at its cell', () => {
    expect(outcomes(book(ballotRows(), [['Ngưỡng phiếu', 'quá bán']]))['An Dương']).toBe('below');
    // 5 of 8 = 62.5 %: under 2/3 and 70 %, over 0,6.
    expect(outcomes(book(ballotRows(), [['Ngưỡng phiếu', '2/3']]))['An Lão']).toBe('below');
    expect(outcomes(book(ballotRows(), [['Vote threshold', '0,7']]))['An Lão']).toBe('below');
    expect(outcomes(book(ballotRows(), [['Ngưỡng phiếu', 0.6]]))['An Lão']).toBe('elected');
    // 7 of 8 = 87.5 % ≥ 70 %.
    expect(outcomes(book(ballotRows(), [['Ngưỡng phiếu', '70%']]))['Thủy Nguyên']).toBe('elected');
    const { result } = scoreGrid(book(ballotRows(), [['Ngưỡng phiếu', 'nhiều']]), 'vi');
    const settings = base.sheets.find((s) => s.name === 'Cài đặt')!;
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', code: 'badSetting', sheet: 'Cài đặt', cell: `B${settings.rows.length + 1}` }));
  });

  it('`Tính tỷ lệ trên`: on 10 voters the 5 votes of An Lão are half (below); on the 8 valid ballots they are 62,5 %', () => {
    const onVoters = scoreGrid(book(ballotRows(), [['Số đại biểu', 10], ['Tính tỷ lệ trên', 'số đại biểu']]), 'vi').result.vote!;
    expect(onVoters.awards[2]!.candidates[0]).toMatchObject({ unit: 'An Lão', votes: 5, base: 10, share: 50, outcome: 'below' });
    const onValid = scoreGrid(book(ballotRows(), [['Số đại biểu', 10], ['Tính tỷ lệ trên', 'số phiếu hợp lệ']]), 'vi').result.vote!;
    expect(onValid.awards[2]).toMatchObject({ valid: 8, invalid: 0 });
    expect(onValid.awards[2]!.candidates[0]).toMatchObject({ unit: 'An Lão', votes: 5, base: 8, share: 62.5, outcome: 'elected' });
    expect(scoreGrid(book(ballotRows(), [['Số đại biểu', 10], ['Vote base', 'valid']]), 'vi').result.settings.voteBase).toBe('valid');
  });

  it('a ballot naming a unit that is no candidate of its award is an error at its unit cell', () => {
    const rows = [...ballotRows(), [8, V_AWARDS.overall, 'Tiên Lãng', 'x']];
    const { result } = scoreGrid(book(rows), 'vi');
    expect(result.ok).toBe(false);
    expect(result.diagnostics.find((d) => d.code === 'ballotNotCandidate')).toMatchObject({ severity: 'error', sheet: 'Phiếu bầu', cell: `C${rows.length}` });
  });

  it('`Số đại biểu có mặt tối thiểu`: 8 of 12 voters meet 2/3, 7 of 12 do not', () => {
    const met = scoreGrid(book(ballotRows(), [['Số đại biểu', 12], ['Số đại biểu có mặt tối thiểu', '2/3'], ['Tính tỷ lệ trên', 'valid']]), 'vi').result;
    expect(met.vote!.quorumMet).toBe(true);
    expect(met.vote!.awards[0]!.candidates[0]!.outcome).toBe('elected');
    const seven = ballotRows(V_YES, 7);
    const short = scoreGrid(book(seven, [['Số đại biểu', 12], ['Quorum', '2/3']]), 'vi').result;
    expect(short.vote!.quorumMet).toBe(false);
    expect(new Set(short.vote!.awards.flatMap((a) => a.candidates.map((c) => c.outcome)))).toEqual(new Set(['noQuorum']));
  });

  describe('`Khi bằng phiếu` on a cluster whose draft has a tie (U2 and U3 share rank 2 for the last of 2 seats)', () => {
    const tiny = tinyVoteBook;
    const outcomesOf = (wb: WorkbookGrid): Record<string, string> => {
      const { result } = scoreGrid(wb, 'vi');
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.nominations.map((n) => [n.unit, n.status])).toEqual([
        ['U1', 'nominated'],
        ['U2', 'vote'],
        ['U3', 'vote'],
      ]);
      return Object.fromEntries(result.vote!.awards[0]!.candidates.map((c) => [c.unit, c.outcome]));
    };
    // U3 first with 4 votes; U1 (rank 1) and U2 (rank 2) tied on 2 for the last seat.
    const apart = { U1: [1, 2], U2: [3, 4], U3: [1, 2, 3, 4] };
    // U1 first; U2 and U3 (both rank 2) tied on 2.
    const shared = { U1: [1, 2, 3, 4], U2: [1, 2], U3: [3, 4] };

    it('`bỏ phiếu lại` (the default): the tied go to a revote', () => {
      expect(outcomesOf(tiny(apart))).toEqual({ U3: 'elected', U1: 'revote', U2: 'revote' });
    });

    it('`theo thứ hạng` (`rank`): the better rank takes the seat', () => {
      expect(outcomesOf(tiny(apart, [['Khi bằng phiếu', 'theo thứ hạng']]))).toEqual({ U3: 'elected', U1: 'elected', U2: 'noSeat' });
      expect(outcomesOf(tiny(apart, [['Vote tie', 'rank']]))).toEqual({ U3: 'elected', U1: 'elected', U2: 'noSeat' });
    });

    it('units sharing a rank still tie under `theo thứ hạng`', () => {
      expect(outcomesOf(tiny(shared, [['Khi bằng phiếu', 'theo thứ hạng']]))).toEqual({ U1: 'elected', U2: 'revote', U3: 'revote' });
    });

    it('another word is an error at its cell and the default stays', () => {
      const { result } = scoreGrid(tiny(apart, [['Khi bằng phiếu', 'rút thăm']]), 'vi');
      expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', code: 'badSetting', sheet: 'Cài đặt', cell: 'B3' }));
      expect(result.settings.voteTie).toBe('revote');
    });
  });
});
