/**
 * THIDUA.VOTE: the threshold test of vote.md for those who count ballots in cells. The rule is the
 * engine's (`passes`, exact fractions); the answer is in Office's display language.
 */
import { parseFraction, type Fraction } from '../engine/fraction';
import type { Lang } from '../engine/model';
import { normalizeKey } from '../engine/names';
import { passes } from '../engine/vote';
import { voteOutcomeLabel } from '../engine/vote-labels';
import { MAJORITY_WORDS } from '../workbook/schema';
import { isBlank } from '../workbook/grid';
import { numberArg, single } from './args';
import { paramName } from './names';
import { invalidValue } from './runtime';

/** Office's display language (`vi…` → Vietnamese, anything else → English; unknown → Vietnamese), as the pane picks it. */
export function displayLang(): Lang {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: unknown } } }).Office;
  const code = typeof office?.context?.displayLanguage === 'string' ? office.context.displayLanguage.trim().toLowerCase() : '';
  return code === '' || code.startsWith('vi') ? 'vi' : 'en';
}

function count(v: unknown, param: 'votes' | 'base'): number {
  const name = paramName('VOTE', param);
  const n = numberArg(v, name, { required: true, nonNegative: true });
  if (!Number.isInteger(n)) throw invalidValue(`“${name}”: ${n} phải là số nguyên (số phiếu).`);
  return n;
}

function threshold(v: unknown): 'majority' | Fraction {
  const cell = single(v, paramName('VOTE', 'threshold'));
  if (cell === null || isBlank(cell)) return 'majority';
  if (typeof cell === 'string' && MAJORITY_WORDS[normalizeKey(cell).replace(/\//g, '')] === 'majority') return 'majority';
  const f = typeof cell === 'string' || typeof cell === 'number' ? parseFraction(cell) : null;
  if (!f) throw invalidValue(`“${paramName('VOTE', 'threshold')}”: “${String(cell)}” không phải quá bán hay một tỷ lệ (70%, 2/3, 0,7).`);
  return f;
}

/** `Trúng` / `Không đủ tỷ lệ` (Elected / Below the threshold). */
export function voteOutcome(votes: unknown, base: unknown, thresholdArg?: unknown, lang: Lang = displayLang()): string {
  const v = count(votes, 'votes');
  const b = count(base, 'base');
  if (b === 0) throw invalidValue(`“${paramName('VOTE', 'base')}” phải lớn hơn 0.`);
  if (v > b) throw invalidValue(`“${paramName('VOTE', 'votes')}” (${v}) lớn hơn “${paramName('VOTE', 'base')}” (${b}).`);
  return voteOutcomeLabel(passes(v, b, threshold(thresholdArg)) ? 'elected' : 'below', lang);
}
