/** Saving the period into the history (jobs/save-history.ts): keys `result.*`. Numbers come in already formatted by the caller. */
import { register } from './table';
import type { Area } from './template';

export const RESULT_HISTORY = register('result', {
  'history.saved': { vi: 'Đã lưu {rows} dòng ({units} đơn vị, kỳ {period}) vào trang “{sheet}”.', en: 'Saved {rows} rows ({units} units, period {period}) to the sheet “{sheet}”.' },
  'history.notScored': { vi: 'Chưa lưu vào lịch sử: sổ còn lỗi nên chưa có kết quả để lưu.', en: 'Not saved to the history: the workbook has errors, so there is no result to save.' },
  'history.noYear': { vi: 'Chưa lưu vào lịch sử: Cài đặt chưa có “Năm”.', en: 'Not saved to the history: the settings have no “Năm” (Year).' },
  'history.badSheet': { vi: 'Chưa lưu vào lịch sử: trang “{sheet}” không có dòng tiêu đề đủ cột Năm, Đơn vị.', en: 'Not saved to the history: the sheet “{sheet}” has no header row with the Năm (Year) and Đơn vị (Unit) columns.' },
  'history.duplicates': {
    vi: 'Chưa lưu vào lịch sử: trang Lịch sử đã có {count} dòng của kỳ {period} (chỉ được thêm, không ghi đè; hãy xoá các dòng này nếu muốn lưu lại):',
    en: 'Not saved to the history: the History sheet already has {count} rows of the period {period} (it only appends, never overwrites; delete these rows to save again):',
  },
  'history.noPeriodColumn': {
    vi: 'Chưa lưu vào lịch sử: trang “{sheet}” không có cột Kỳ, nên kết quả 6 tháng sẽ bị đọc thành cả năm; hãy thêm cột “Kỳ”.',
    en: 'Not saved to the history: the sheet “{sheet}” has no Kỳ (Period) column, so a mid-year result would read back as the year; add a “Kỳ” column.',
  },

} as const satisfies Area);
