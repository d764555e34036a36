/**
 * The browser preview page's own words (src/preview: the task pane over an in-memory workbook, not
 * part of the add-in). The page is Vietnamese, as its HTML; the English side is there for a switch.
 */
import { register } from './table';
import type { Area } from './template';

export const PREVIEW = register('preview', {
  sheets: { vi: 'Trang tính / Sheets', en: 'Trang tính / Sheets' },
  hiddenRows: { vi: '{n} dòng', en: '{n} rows' },
  hiddenCols: { vi: '{n} cột', en: '{n} columns' },
  notShown: { vi: 'Không hiện: {what} (xem bản tải về).', en: 'Not shown: {what} (see the download).' },
  emptyBook: { vi: 'Sổ tính trống.', en: 'The workbook is empty.' },
  opening: { vi: 'Đang mở sổ tính…', en: 'Opening the workbook…' },
  reading: { vi: 'Đang đọc {file}…', en: 'Reading {file}…' },
  opened: { vi: 'Đã mở {file} ({sheets} trang).', en: 'Opened {file} ({sheets} sheets).' },
  cannotRead: { vi: 'Không đọc được {file}: {detail}', en: 'Could not read {file}: {detail}' },
  sampleAgain: { vi: 'Đã mở lại sổ tính mẫu.', en: 'The sample workbook is open again.' },
  writing: { vi: 'Đang ghi tệp .xlsx…', en: 'Writing the .xlsx file…' },
  downloaded: { vi: 'Đã tải về {file}.', en: 'Downloaded {file}.' },
  cannotWrite: { vi: 'Không ghi được tệp: {detail}', en: 'Could not write the file: {detail}' },
} as const satisfies Area);
