/**
 * Words written into sheets — titles, headers and fixed cells of the own sheets and the template's
 * About sheet — Vietnamese and English side by side. A header row is one entry per column.
 */
import { register } from './table';
import type { Area } from './template';

export const SHEETS = register('sheet', {
  // The titles of `Kết quả`, `Chi tiết điểm` and `Đề nghị khen thưởng` (workbook/output.ts)
  'results.title': { vi: 'KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA', en: 'EMULATION SCORES AND RANKING' },
  'detail.title': { vi: 'CHI TIẾT ĐIỂM THEO TIÊU CHÍ', en: 'SCORE DETAIL BY CRITERION' },
  'nominations.title': { vi: 'DỰ KIẾN DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', en: 'DRAFT LIST OF AWARD NOMINATIONS' },
  'nominations.notProposed': { vi: 'ĐƠN VỊ KHÔNG ĐƯỢC ĐỀ NGHỊ', en: 'UNITS NOT PROPOSED' },
  /** A title's year when no period is set: `… — năm 2024` (the year as text, never `2.024`). */
  'title.year': { vi: 'năm {year}', en: 'year {year}' },
  // The template's `Giới thiệu` (About) sheet (presets/index.ts)
  'about.name': { vi: 'Giới thiệu', en: 'About' },
  'about.source': { vi: 'Nguồn số liệu', en: 'Where the figures come from' },
  'about.howTo': { vi: 'Cách dùng', en: 'How to use it' },
  'about.steps': {
    vi: 'Nhập số liệu vào các trang Tiêu chí, Số liệu, Đơn vị, Khen thưởng, Cài đặt; rồi bấm “Chấm điểm & xếp hạng” (hoặc chạy: thidua score <tệp>.xlsx). Kết quả được ghi vào các trang Kết quả, Chi tiết điểm, Đề nghị khen thưởng.',
    en: 'Fill in the Criteria, Data, Units, Awards and Settings sheets, then press “Score & rank” (or run: thidua score <file>.xlsx). The results go to the Results, Score detail and Nominations sheets.',
  },
  'about.conditions': { vi: 'Điều kiện khen thưởng và lịch sử', en: 'Award conditions and history' },
  'template.criteriaTitle': { vi: 'BẢNG TIÊU CHÍ THI ĐUA — {title}', en: 'CRITERIA — {title}' },
  'template.historyTitle': {
    vi: 'LỊCH SỬ THI ĐUA — SỐ LIỆU MINH HỌA, KHÔNG PHẢI SỐ LIỆU THẬT',
    en: 'EMULATION HISTORY — ILLUSTRATIVE FIGURES, NOT REAL ONES',
  },
  // `Cảnh báo` (workbook/warnings.ts)
  'warnings.title': { vi: 'CẢNH BÁO CỦA LẦN CHẤM ĐIỂM', en: 'WARNINGS OF THE SCORING RUN' },
  'warnings.no': { vi: 'STT', en: 'No.' },
  'warnings.severity': { vi: 'Mức độ', en: 'Severity' },
  'warnings.sheet': { vi: 'Trang', en: 'Sheet' },
  'warnings.cell': { vi: 'Ô', en: 'Cell' },
  'warnings.message': { vi: 'Nội dung', en: 'Message' },
  'warnings.error': { vi: 'Lỗi', en: 'Error' },
  'warnings.warning': { vi: 'Cảnh báo', en: 'Warning' },
  'warnings.none': { vi: 'Không có cảnh báo nào.', en: 'No warnings.' },
  // A unit's submission status (workbook/submission-status.ts)
  'submission.submitted': { vi: 'Đã nộp', en: 'Submitted' },
  'submission.missing': { vi: 'Chưa nộp', en: 'Not submitted' },
  'submission.incomplete': { vi: 'Thiếu {rows} dòng', en: '{rows} row(s) missing' },
  'submission.refused': { vi: 'Bị từ chối: {reason}', en: 'Refused: {reason}' },
  // `Tình hình nộp` and `Nhật ký gộp` (workbook/consolidate-sheets.ts)
  'submissions.title': { vi: 'TÌNH HÌNH NỘP PHIẾU CỦA CÁC ĐƠN VỊ', en: 'UNIT FORM SUBMISSIONS' },
  'submissions.unit': { vi: 'Đơn vị', en: 'Unit' },
  'submissions.file': { vi: 'Tệp', en: 'File' },
  'submissions.modified': { vi: 'Thời gian điền', en: 'Filled in' },
  'submissions.filled': { vi: 'Số dòng đã điền', en: 'Rows filled' },
  'submissions.expected': { vi: 'Số dòng cần điền', en: 'Rows expected' },
  'submissions.conflicts': { vi: 'Xung đột', en: 'Conflicts' },
  'submissions.status': { vi: 'Tình trạng', en: 'Status' },
  'log.title': { vi: 'NHẬT KÝ GỘP PHIẾU (các ô đã ghi; dùng để hoàn tác)', en: 'CONSOLIDATION LOG (cells written; used to undo)' },
  'log.sheet': { vi: 'Trang', en: 'Sheet' },
  'log.cell': { vi: 'Ô', en: 'Cell' },
  'log.old': { vi: 'Giá trị cũ', en: 'Old value' },
  'log.new': { vi: 'Giá trị mới', en: 'New value' },
  'log.file': { vi: 'Tệp', en: 'File' },
  // The comparison with earlier periods (workbook/compare-sheets.ts)
  'compare.title': { vi: 'SO SÁNH THỨ HẠNG, ĐIỂM QUA CÁC KỲ', en: 'RANKS AND TOTALS OVER THE PERIODS' },
  'compare.unit': { vi: 'Đơn vị', en: 'Unit' },
  'compare.rank': { vi: 'Hạng', en: 'Rank' },
  'compare.total': { vi: 'Điểm', en: 'Total' },
  'compare.current': { vi: '(kỳ này)', en: '(this period)' },
  'compare.ranksBlock': { vi: 'Hạng qua các kỳ (dữ liệu biểu đồ)', en: 'Ranks over the periods (chart data)' },
  'compare.period': { vi: 'Kỳ', en: 'Period' },
  'compare.chartTitle': { vi: 'Thứ hạng qua các kỳ', en: 'Ranks over the periods' },
  'compare.ineligibleTitle': { vi: 'KHÔNG ĐỦ ĐIỀU KIỆN THEO HÌNH THỨC', en: 'NOT ELIGIBLE, BY AWARD' },
  'compare.no': { vi: 'STT', en: 'No.' },
  'compare.award': { vi: 'Hình thức', en: 'Award' },
  'compare.reason': { vi: 'Lý do', en: 'Reason' },
} as const satisfies Area);
