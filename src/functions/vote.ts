/**
 * THIDUA.VOTE: the threshold test of vote.md for those who count ballots in cells. The rule is the
 * engine's (`passes`, exact fractions); the answer is in Office's display language.
 */
import { parseFraction, type Fraction } from '../engine/fraction';
import { t, type Lang } from '../engine/i18n';
import { normalizeKey } from '../engine/names';
import { passes } from '../engine/vote';
import { voteOutcomeLabel } from '../engine/vote-labels';
import { MAJORITY_WORDS } from '../workbook/schema';
import { isBlank } from '../workbook/grid';
import { numberArg, single } from './args';
import { paramName } from './names';
import { invalidValue } from './runtime';
import '../engine/i18n/functions';

function count(v: unknown, param: 'votes' | 'base', lang: Lang): number {
  const name = paramName('VOTE', param, lang);
  const n = numberArg(v, name, lang, { required: true, nonNegative: true });
  if (!Number.isInteger(n)) throw invalidValue(t(lang, 'fn.notWholeVotes', { param: name, value: String(n) }));
  return n;
}

function threshold(v: unknown, lang: Lang): 'majority' | Fraction {
  const name = paramName('VOTE', 'threshold', lang);
  const cell = single(v, name, lang);
  if (cell === null || isBlank(cell)) return 'majority';
  if (typeof cell === 'string' && MAJORITY_WORDS[normalizeKey(cell).replace(/\//g, '')] === 'majority') return 'majority';
  const f = typeof cell === 'string' || typeof cell === 'number' ? parseFraction(cell) : null;
  if (!f) throw invalidValue(t(lang, 'fn.badThreshold', { param: name, value: String(cell) }));
  return f;
}

/** `Trúng` / `Không đủ tỷ lệ` (Elected / Below the threshold). */
export function voteOutcome(lang: Lang, votes: unknown, base: unknown, thresholdArg?: unknown): string {
  const v = count(votes, 'votes', lang);
  const b = count(base, 'base', lang);
  if (b === 0) throw invalidValue(t(lang, 'fn.zeroBase', { param: paramName('VOTE', 'base', lang) }));
  if (v > b) throw invalidValue(t(lang, 'fn.votesOverBase', { votes: paramName('VOTE', 'votes', lang), v: String(v), base: paramName('VOTE', 'base', lang), b: String(b) }));
  return voteOutcomeLabel(passes(v, b, threshold(thresholdArg, lang)) ? 'elected' : 'below', lang);
}
