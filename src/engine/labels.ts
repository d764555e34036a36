/** The words of results (statuses, reasons, tie notes), Vietnamese and English side by side. */
import { formatNumber } from './format';
import { t } from './i18n';
import type { Lang, TieBreak } from './model';
import { failuresText, uncheckedText } from './eligibility';
import type { CriterionResult, Nomination, NominationBasis, NotPlacedReason, Status, TieNote } from './result';
import './i18n/result-labels';

/** Each status's word, looked up once per language (the detail sheet asks for one per row). */
const STATUS_WORDS: Record<Lang, Map<Status | 'missingNotCounted', string>> = { vi: new Map(), en: new Map() };

function statusWord(status: Status | 'missingNotCounted', lang: Lang): string {
  const words = STATUS_WORDS[lang];
  let word = words.get(status);
  if (word === undefined) words.set(status, (word = t(lang, `result.status.${status}`)));
  return word;
}

export function statusLabel(status: Status, lang: Lang): string {
  return statusWord(status, lang);
}

/**
 * The status of one result as shown: missing data left out under `loại trừ` is `excluded` in the
 * JSON but is no "no target assigned" to a reader.
 */
export function resultStatusLabel(r: Pick<CriterionResult, 'status' | 'basis'>, lang: Lang): string {
  if (r.status === 'excluded' && r.basis.kind === 'missing') return statusWord('missingNotCounted', lang);
  return statusWord(r.status, lang);
}

export function tieBreakLabel(tb: TieBreak, lang: Lang): string {
  return tb.kind === 'criterion' ? tb.code : t(lang, `result.tieBreak.${tb.kind}`);
}

/** `Hơn ở tiêu chí phụ: I`, `Kém ở tiêu chí phụ: I` or `Đồng hạng`. */
export function tieNoteText(note: TieNote | null, lang: Lang): string {
  if (!note) return '';
  if (note.relation === 'tied' || !note.by) return t(lang, 'result.tie.tied');
  const by = tieBreakLabel(note.by, lang);
  return t(lang, note.relation === 'ahead' ? 'result.tie.ahead' : 'result.tie.behind', { by });
}

/** The last reason's text, kept: the units not proposed come in runs of one reason (100,000 rows). */
let lastReason = { kind: '', detail: '', lang: '', text: '' };

export function reasonText(reason: NotPlacedReason, lang: Lang): string {
  if (reason.kind === 'ineligible') return failuresText(reason.award, reason.failures, lang);
  const detail = reason.kind === 'mandatory' ? reason.code : reason.kind === 'belowMin' ? reason.award : '';
  const last = lastReason;
  if (last.kind === reason.kind && last.detail === detail && last.lang === lang) return last.text;
  const text = reasonTextOf(reason, lang);
  lastReason = { kind: reason.kind, detail, lang, text };
  return text;
}

function reasonTextOf(reason: NotPlacedReason, lang: Lang): string {
  switch (reason.kind) {
    case 'disciplined':
    case 'quotaFilled':
    case 'noAward':
      return t(lang, `result.reason.${reason.kind}`);
    case 'mandatory':
      return t(lang, 'result.reason.mandatory', { code: reason.code });
    case 'belowMin':
      return t(lang, 'result.reason.belowMin', { award: reason.award });
    case 'ineligible':
      return failuresText(reason.award, reason.failures, lang);
  }
}

export function nominationStatusLabel(status: 'nominated' | 'vote', lang: Lang): string {
  return t(lang, status === 'vote' ? 'result.nomination.vote' : 'result.nomination.proposed');
}

/** The `Căn cứ` (basis) of a nomination. */
export function nominationBasisText(b: NominationBasis, lang: Lang, decimals = 2): string {
  const n = (x: number): string => formatNumber(x, lang, decimals);
  switch (b.kind) {
    case 'overall':
      return t(lang, 'result.basis.overall', { rank: String(b.rank), total: n(b.total), percent: n(b.percent) });
    case 'thematic':
      return t(lang, 'result.basis.thematic', { points: n(b.points), code: b.code, rank: String(b.rank) });
    case 'vote':
      return t(lang, 'result.basis.vote', { units: String(b.units), rank: String(b.rank), seats: String(b.seats) });
  }
}

/** A nomination's `Căn cứ`, with the conditions that could not be checked (never a silent pass). */
export function nominationReasonText(n: Pick<Nomination, 'basis' | 'unchecked'>, lang: Lang, decimals = 2): string {
  const basis = nominationBasisText(n.basis, lang, decimals);
  return n.unchecked?.length ? [basis, ...n.unchecked.map((u) => uncheckedText(u, lang))].join('; ') : basis;
}
