/**
 * The kinds of the add-in's own sheets, their names and markers, and the status tones: what the
 * hosts' read and flag paths need without the output builders (kept apart so the task pane's first
 * load does not carry the builders; src/workbook/output.ts re-exports them).
 */
import type { Lang } from '../engine/model';
import type { Status } from '../engine/result';

export type OutputKind = 'results' | 'detail' | 'nominations' | 'warnings' | 'audit' | 'officialList' | 'votes' | 'minutes' | 'ballotForm' | 'ballots' | 'compare' | 'submissions' | 'mergeLog';

export const OUTPUT_NAMES: Record<OutputKind, Record<Lang, string>> = {
  results: { vi: 'Kết quả', en: 'Results' },
  detail: { vi: 'Chi tiết điểm', en: 'Score detail' },
  nominations: { vi: 'Đề nghị khen thưởng', en: 'Nominations' },
  warnings: { vi: 'Cảnh báo', en: 'Warnings' },
  audit: { vi: 'Công thức kiểm tra', en: 'Formula audit' },
  officialList: { vi: 'Danh sách đề nghị khen thưởng', en: 'Award proposal list' },
  votes: { vi: 'Kết quả bỏ phiếu', en: 'Vote results' },
  minutes: { vi: 'Biên bản kiểm phiếu', en: 'Count minutes' },
  ballotForm: { vi: 'Mẫu phiếu bầu', en: 'Ballot form' },
  ballots: { vi: 'Phiếu bầu', en: 'Ballots' },
  compare: { vi: 'So sánh các kỳ', en: 'Period comparison' },
  submissions: { vi: 'Tình hình nộp', en: 'Submissions' },
  mergeLog: { vi: 'Nhật ký gộp', en: 'Merge log' },
};

/** The workbook-level defined name that marks a sheet as the add-in's own. */
export const OWN_MARKERS: Record<OutputKind, string> = {
  results: 'ThiDua_KetQua',
  detail: 'ThiDua_ChiTiet',
  nominations: 'ThiDua_DeNghi',
  warnings: 'ThiDua_CanhBao',
  audit: 'ThiDua_CongThuc',
  officialList: 'ThiDua_DanhSach',
  votes: 'ThiDua_KetQuaBoPhieu',
  minutes: 'ThiDua_BienBanKiemPhieu',
  ballotForm: 'ThiDua_MauPhieuBau',
  /** Never written: `Phiếu bầu` is an input sheet (`input: true`), the user's to fill. */
  ballots: 'ThiDua_PhieuBau',
  compare: 'ThiDua_SoSanh',
  submissions: 'ThiDua_TinhHinhNop',
  mergeLog: 'ThiDua_NhatKyGop',
};

export type Tone = 'good' | 'neutral' | 'bad';

/** Excel's Good / Neutral / Bad cell styles. */
export const TONE_COLORS: Record<Tone, { fill: string; font: string }> = {
  good: { fill: '#C6EFCE', font: '#006100' },
  neutral: { fill: '#FFEB9C', font: '#9C5700' },
  bad: { fill: '#FFC7CE', font: '#9C0006' },
};

export const STATUS_TONES: Partial<Record<Status, Tone>> = { exceeded: 'good', met: 'neutral', below: 'bad', missing: 'bad' };
