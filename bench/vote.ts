/** The count of a vote (vote.md): 60 units × 10 awards × 60 ballots, every candidate row entered. */
import { DiagnosticList } from '../src/engine/diagnostics';
import { countVotes, type BallotRow, type VoteAward } from '../src/engine/vote';
import { rng, timeMs } from './util';

export interface VoteFigures {
  units: number;
  awards: number;
  ballots: number;
  rows: number;
  ms: number;
}

export function voteCount(units: number, awards: number, ballots: number, runs: number): VoteFigures {
  const random = rng(13);
  const perAward = Math.max(1, Math.floor(units / awards));
  const list: VoteAward[] = Array.from({ length: awards }, (_, a) => ({
    name: `Hình thức ${a + 1}`,
    seats: Math.max(1, Math.floor(perAward / 2)),
    candidates: Array.from({ length: perAward }, (_, c) => ({ unit: `Đơn vị ${a * perAward + c + 1}`, rank: a * perAward + c + 1 })),
  }));
  const rows: BallotRow[] = [];
  for (let b = 1; b <= ballots; b++)
    for (const a of list)
      for (const c of a.candidates) {
        const r = rows.length + 2;
        rows.push({
          ballot: String(b),
          award: a.name,
          unit: c.unit,
          yes: random() < 0.45,
          at: { ballot: { sheet: 'Phiếu bầu', cell: `A${r}` }, award: { sheet: 'Phiếu bầu', cell: `B${r}` }, unit: { sheet: 'Phiếu bầu', cell: `C${r}` } },
        });
      }
  const rules = { voters: ballots, threshold: 'majority' as const, base: 'voters' as const, quorum: null, tie: 'revote' as const, oneAwardPerUnit: true };
  const ms = timeMs(() => countVotes(list, rows, rules, new DiagnosticList(), 'Phiếu bầu'), runs, 2);
  return { units, awards, ballots, rows: rows.length, ms };
}
