/** The words of results (statuses, reasons, tie notes), Vietnamese and English side by side. */
import { formatNumber } from './format';
import type { Lang, TieBreak } from './model';
import { failuresText, uncheckedText } from './eligibility';
import type { CriterionResult, Nomination, NominationBasis, NotPlacedReason, Status, TieNote } from './result';

const STATUS: Record<Status, Record<Lang, string>> = {
  exceeded: { vi: 'Vượt', en: 'Exceeded' },
  met: { vi: 'Đạt', en: 'Met' },
  below: { vi: 'Chưa đạt', en: 'Below' },
  missing: { vi: 'Thiếu số liệu', en: 'Missing data' },
  excluded: { vi: 'Không giao chỉ tiêu', en: 'Not assigned' },
  scored: { vi: 'Đã chấm', en: 'Scored' },
};

export function statusLabel(status: Status, lang: Lang): string {
  return STATUS[status][lang];
}

/**
 * The status of one result as shown: missing data left out under `loại trừ` is `excluded` in the
 * JSON but is no "no target assigned" to a reader.
 */
export function resultStatusLabel(r: Pick<CriterionResult, 'status' | 'basis'>, lang: Lang): string {
  if (r.status === 'excluded' && r.basis.kind === 'missing') return lang === 'vi' ? 'Thiếu số liệu (không tính)' : 'Missing data (not counted)';
  return statusLabel(r.status, lang);
}

export function tieBreakLabel(t: TieBreak, lang: Lang): string {
  switch (t.kind) {
    case 'criterion':
      return t.code;
    case 'exceeded':
      return lang === 'vi' ? 'số tiêu chí vượt' : 'exceeded count';
    case 'penalty':
      return lang === 'vi' ? 'điểm trừ' : 'deductions';
    case 'bonus':
      return lang === 'vi' ? 'điểm thưởng' : 'bonus';
  }
}

/** `Hơn ở tiêu chí phụ: I`, `Kém ở tiêu chí phụ: I` or `Đồng hạng`. */
export function tieNoteText(note: TieNote | null, lang: Lang): string {
  if (!note) return '';
  if (note.relation === 'tied' || !note.by) return lang === 'vi' ? 'Đồng hạng' : 'Tied';
  const by = tieBreakLabel(note.by, lang);
  if (note.relation === 'ahead') return lang === 'vi' ? `Hơn ở tiêu chí phụ: ${by}` : `Ahead on tie-break: ${by}`;
  return lang === 'vi' ? `Kém ở tiêu chí phụ: ${by}` : `Behind on tie-break: ${by}`;
}

export function reasonText(reason: NotPlacedReason, lang: Lang): string {
  switch (reason.kind) {
    case 'disciplined':
      return lang === 'vi' ? 'Bị kỷ luật' : 'Disciplined';
    case 'mandatory':
      return lang === 'vi' ? `Chưa đạt tiêu chí bắt buộc ${reason.code}` : `Mandatory criterion ${reason.code} not met`;
    case 'belowMin':
      return lang === 'vi' ? `Dưới điểm tối thiểu của ${reason.award}` : `Below the minimum of ${reason.award}`;
    case 'quotaFilled':
      return lang === 'vi' ? 'Hết số lượng' : 'Quota filled';
    case 'noAward':
      return lang === 'vi' ? 'Không có hình thức khen thưởng nào xét đơn vị này' : 'No award applies to this unit';
    case 'ineligible':
      return failuresText(reason.award, reason.failures, lang);
  }
}

export function nominationStatusLabel(status: 'nominated' | 'vote', lang: Lang): string {
  if (status === 'vote') return lang === 'vi' ? 'Cần bình xét' : 'Vote needed';
  return lang === 'vi' ? 'Đề nghị' : 'Proposed';
}

/** The `Căn cứ` (basis) of a nomination. */
export function nominationBasisText(b: NominationBasis, lang: Lang, decimals = 2): string {
  const n = (x: number): string => formatNumber(x, lang, decimals);
  switch (b.kind) {
    case 'overall':
      return lang === 'vi'
        ? `Hạng ${b.rank}, ${n(b.total)} điểm (${n(b.percent)}%)`
        : `Rank ${b.rank}, ${n(b.total)} points (${n(b.percent)}%)`;
    case 'thematic':
      return lang === 'vi'
        ? `${n(b.points)} điểm ở ${b.code} (hạng chung ${b.rank})`
        : `${n(b.points)} points on ${b.code} (overall rank ${b.rank})`;
    case 'vote':
      return lang === 'vi'
        ? `Cần bình xét: ${b.units} đơn vị đồng hạng ${b.rank} cho ${b.seats} suất còn lại`
        : `Vote needed: ${b.units} units tied at rank ${b.rank} for ${b.seats} seat(s) left`;
  }
}

/** A nomination's `Căn cứ`, with the conditions that could not be checked (never a silent pass). */
export function nominationReasonText(n: Pick<Nomination, 'basis' | 'unchecked'>, lang: Lang, decimals = 2): string {
  const basis = nominationBasisText(n.basis, lang, decimals);
  return n.unchecked?.length ? [basis, ...n.unchecked.map((u) => uncheckedText(u, lang))].join('; ') : basis;
}
