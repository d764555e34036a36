/**
 * The Office.js host's own messages (failures talking to Excel), Vietnamese and English. The
 * diagnostics about the user's data are in diagnostics.ts.
 */
import { register } from './table';
import type { Area } from './template';

export const OFFICE = register('office', {
  cancelled: { vi: 'Đã huỷ theo yêu cầu; không ghi gì vào sổ.', en: 'Cancelled as asked; nothing was written.' },
  read: {
    vi: 'Không đọc được sổ tính ({detail}). Sổ tính không bị thay đổi; hãy thử lại.',
    en: 'The workbook could not be read ({detail}). Nothing was changed; please try again.',
  },
  score: {
    vi: 'Lỗi khi chấm điểm ({detail}). Sổ tính không bị thay đổi.',
    en: 'Scoring failed ({detail}). Nothing was changed in the workbook.',
  },
  write: {
    vi: 'Không ghi được kết quả vào sổ tính ({detail}). Các trang số liệu không bị thay đổi; hãy thử lại.',
    en: 'The results could not be written to the workbook ({detail}). Your input sheets were not changed; please try again.',
  },
  flag: {
    vi: 'Không tô màu được trang số liệu ({detail}). Giá trị trong các trang số liệu không bị thay đổi; hãy thử lại.',
    en: 'The input sheet could not be flagged ({detail}). No value in your input sheets was changed; please try again.',
  },
  clear: {
    vi: 'Không xóa được phần tô màu ({detail}). Hãy thử lại.',
    en: 'The flags could not be removed ({detail}). Please try again.',
  },
  template: {
    vi: 'Không chèn được bảng mẫu ({detail}). Các trang tính sẵn có không bị thay đổi.',
    en: 'The template could not be inserted ({detail}). Your existing sheets were not changed.',
  },
  unknownPreset: {
    vi: 'Không có bảng mẫu “{detail}”.',
    en: 'There is no template “{detail}”.',
  },
  noSheet: {
    vi: 'Không tìm thấy trang tính “{detail}”.',
    en: 'The sheet “{detail}” was not found.',
  },
  badCell: {
    vi: '“{detail}” không phải là địa chỉ ô.',
    en: '“{detail}” is not a cell address.',
  },
  select: {
    vi: 'Không chọn được ô ({detail}).',
    en: 'The cell could not be selected ({detail}).',
  },
  ballots: {
    vi: 'Không tạo được phiếu bầu ({detail}). Các trang sẵn có không bị thay đổi.',
    en: 'The ballots could not be made ({detail}). Your existing sheets were not changed.',
  },
  ballotsExist: {
    vi: 'Sổ đã có trang “{detail}”: phiếu đã nhập không bao giờ bị ghi đè. Xoá hoặc đổi tên trang đó nếu muốn tạo phiếu mới.',
    en: 'The workbook already has the sheet “{detail}”: entered ballots are never overwritten. Delete or rename it to make new ballots.',
  },
  ballotsErrors: {
    vi: 'Số liệu còn {detail} lỗi nên chưa có dự kiến đề nghị khen thưởng để tạo phiếu; xem mục Kiểm tra.',
    en: 'The data has {detail} error(s), so there is no draft to make ballots from; see Check.',
  },
  noCandidates: {
    vi: 'Dự kiến đề nghị khen thưởng chưa có ứng viên nào để bầu.',
    en: 'The draft nominations have no candidate to vote on.',
  },
  tooLarge: {
    vi: 'dữ liệu quá lớn cho một lần gửi tới Excel',
    en: 'too much data for one request to Excel',
  },
  forms: {
    vi: 'Không tạo được phiếu nhập ({detail}). Sổ tính không bị thay đổi.',
    en: 'The forms could not be made ({detail}). Nothing was changed in the workbook.',
  },
  consolidate: {
    vi: 'Không gộp được phiếu ({detail}). Hãy kiểm tra trang Số liệu; có thể dùng “Hoàn tác lần gộp” nếu một phần đã được ghi.',
    en: 'The forms could not be consolidated ({detail}). Check the data sheet; “Undo the consolidation” takes back what was written.',
  },
  undo: {
    vi: 'Không hoàn tác được lần gộp ({detail}).',
    en: 'The consolidation could not be undone ({detail}).',
  },
  noForms: {
    vi: 'sổ còn lỗi ở trang Tiêu chí hoặc Đơn vị; xem mục Kiểm tra',
    en: 'the workbook has errors in its criteria or units; see Check',
  },
  noMergeLog: {
    vi: 'Sổ không có trang “Nhật ký gộp” của lần gộp trước.',
    en: 'The workbook has no “Merge log” sheet of an earlier consolidation.',
  },
} as const satisfies Area);
