/**
 * The vote's input (vote.md): the `Phiếu bầu` sheet read declaratively (BALLOTS_SHEET), and the
 * exact shares of the `Ngưỡng phiếu` and `Số đại biểu có mặt tối thiểu` settings.
 */
import type { DiagnosticList } from '../engine/diagnostics';
import { parseFraction, type Fraction } from '../engine/fraction';
import { normalizeKey } from '../engine/names';
import type { BallotRow } from '../engine/vote';
import { parseText, parseYesNo, type Parsed } from './cells';
import { take } from './fields';
import { isCellError, type Cell, type SheetGrid } from './grid';
import { BALLOTS_SHEET, MAJORITY_WORDS } from './schema';
import { readTable } from './table';

type BallotKey = (typeof BALLOTS_SHEET.columns)[number]['key'];

const header = (k: BallotKey): string => BALLOTS_SHEET.columns.find((c) => c.key === k)!.vi;

/**
 * A share setting of the vote, kept exact: `70%`, `2/3`, `0,7`, 0.7; for `Ngưỡng phiếu` also `quá bán`
 * (majority). Anything else is a `badSetting` naming the accepted forms.
 */
export function parseVoteShare(key: 'voteThreshold' | 'quorum', cell: Cell | undefined, label: string, hint: string): Parsed<Fraction | 'majority' | null> {
  const bad: Parsed<null> = { ok: false, code: 'badSetting', params: { value: isCellError(cell) ? cell.error : String(cell ?? ''), key: label, hint } };
  if (typeof cell === 'number') {
    const f = parseFraction(cell);
    return f ? { ok: true, value: f } : bad;
  }
  const t = parseText(cell);
  if (!t.ok || t.value === null) return t as Parsed<null>;
  if (key === 'voteThreshold' && MAJORITY_WORDS[normalizeKey(t.value).replace(/\//g, '')] === 'majority') return { ok: true, value: 'majority' };
  const f = parseFraction(t.value);
  return f ? { ok: true, value: f } : bad;
}

/**
 * The ballot rows of `Phiếu bầu`. A row without `Phiếu số` is skipped with a warning (a totals or
 * signature row); a ballot row without its award or unit is an error at that cell, as is an
 * answer that is not yes/no. Whether awards and units are candidates is the count's to say.
 */
export function readBallots(sheet: SheetGrid, diags: DiagnosticList): BallotRow[] {
  const table = readTable<BallotKey>(sheet, BALLOTS_SHEET, diags);
  if (!table) return [];
  const rows: BallotRow[] = [];
  for (const row of table.rows) {
    const ballot = take(parseText(row.get('ballot')), row.at('ballot'), diags);
    const award = take(parseText(row.get('award')), row.at('award'), diags);
    const unit = take(parseText(row.get('unit')), row.at('unit'), diags);
    const yes = take(parseYesNo(row.get('yes')), row.at('yes'), diags);
    if (award === null) diags.error(row.at('award'), 'required', { header: header('award') });
    if (unit === null) diags.error(row.at('unit'), 'required', { header: header('unit') });
    if (!ballot || !award || !unit || yes === undefined) continue;
    rows.push({ ballot, award, unit, yes, at: { ballot: row.at('ballot'), award: row.at('award'), unit: row.at('unit'), yes: row.at('yes') } });
  }
  return rows;
}
