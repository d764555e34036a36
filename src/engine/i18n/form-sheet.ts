/** The unit submission form's guide, prompts and errors (workbook/forms.ts): keys `sheet.form.*`. */
import { register } from './table';
import type { Area } from './template';

export const FORM_SHEET = register('sheet', {
  'form.guide': { vi: 'Hướng dẫn', en: 'Instructions' },
  'form.title': { vi: 'PHIẾU NHẬP SỐ LIỆU THI ĐUA', en: 'EMULATION FIGURES FORM' },
  'form.cluster': { vi: 'Cụm/khối thi đua', en: 'Cluster' },
  'form.unit': { vi: 'Đơn vị', en: 'Unit' },
  'form.yearPeriod': { vi: 'Năm / kỳ', en: 'Year / period' },
  'form.deadline': { vi: 'Hạn nộp', en: 'Deadline' },
  'form.noDeadline': { vi: '(cụm trưởng chưa đặt hạn nộp)', en: '(the cluster leader set no deadline)' },
  'form.sendTo': { vi: 'Gửi về', en: 'Send it to' },
  'form.leaderOf': { vi: '{unit} (cụm trưởng)', en: '{unit} (cluster leader)' },
  'form.theLeader': { vi: 'cụm trưởng của cụm', en: 'the cluster leader' },
  'form.fingerprint': { vi: 'Mã bộ tiêu chí', en: 'Criteria set' },
  'form.markerLabel': { vi: 'Mã nhận biết phiếu (không sửa)', en: 'Form identity (do not edit)' },
  'form.how': { vi: 'Cách điền', en: 'How to fill it in' },
  'form.numberPrompt': { vi: '{name}: nhập số thực hiện (≥ 0).', en: '{name}: enter the actual figure (≥ 0).' },
  'form.targetPrompt': { vi: '{name}: nhập số thực hiện (≥ 0); chỉ tiêu giao: {target}.', en: '{name}: enter the actual figure (≥ 0); target: {target}.' },
  /** The pass/fail choices of a pass/fail criterion's list (the reader takes both as yes/no). */
  'form.pass': { vi: 'Đạt', en: 'Pass' },
  'form.fail': { vi: 'Không đạt', en: 'Fail' },
  /** A mandatory criterion's `Bắt buộc` cell in the form's criteria sheet. */
  'form.yes': { vi: 'có', en: 'yes' },
  'form.passPrompt': { vi: '{name}: chọn Đạt hoặc Không đạt.', en: '{name}: pick Đạt (pass) or Không đạt (fail).' },
  'form.selfPrompt': { vi: '{name}: điểm tự chấm, từ 0 đến {max}.', en: '{name}: the self score, 0 to {max}.' },
  'form.selfPromptOpen': { vi: '{name}: điểm tự chấm (≥ 0).', en: '{name}: the self score (≥ 0).' },
  'form.criterion': { vi: 'Tiêu chí {code}', en: 'Criterion {code}' },
  'form.badNumber': { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
  'form.numberError': { vi: 'Hãy nhập một số không âm (ví dụ 1250 hoặc 96,5).', en: 'Enter a number that is not negative (e.g. 1250 or 96.5).' },
  'form.passError': { vi: 'Hãy chọn Đạt hoặc Không đạt.', en: 'Pick Đạt or Không đạt.' },
  'form.rangeError': { vi: 'Điểm tự chấm phải từ 0 đến {max}.', en: 'The self score must be between 0 and {max}.' },
  'form.step1': {
    vi: '1. Mở trang “Số liệu”: mỗi dòng là một tiêu chí của đơn vị.',
    en: '1. Open the “Số liệu” (data) sheet: each row is one of the unit’s criteria.',
  },
  'form.step2': {
    vi: '2. Nhập “Thực hiện”: một số (≥ 0); với tiêu chí đạt/không đạt chọn “Đạt” hoặc “Không đạt” trong danh sách.',
    en: '2. Enter “Thực hiện” (actual): a number (≥ 0); for a pass/fail criterion pick “Đạt” or “Không đạt” from the list.',
  },
  'form.step3': {
    vi: '3. Nhập “Tự chấm” với tiêu chí chấm điểm (từ 0 đến điểm chuẩn); “Minh chứng” (số văn bản, đường dẫn) và “Ghi chú” nếu cần.',
    en: '3. Enter “Tự chấm” (self score) for scored criteria (0 to the maximum points); “Minh chứng” (evidence) and “Ghi chú” (note) if needed.',
  },
  'form.step4': {
    vi: '4. Các cột Đơn vị, Mã tiêu chí, Tên tiêu chí, Chỉ tiêu và trang “Tiêu chí” bị khóa: không sửa, không đổi tên trang, không xoá dòng.',
    en: '4. The unit, code, name and target columns and the “Tiêu chí” sheet are locked: do not change them, rename sheets or delete rows.',
  },
  'form.step5': {
    vi: '5. Lưu tệp dạng .xlsx (có thể điền bằng Excel, LibreOffice, WPS hay điện thoại) và gửi lại trước hạn nộp.',
    en: '5. Save it as .xlsx (Excel, LibreOffice, WPS or a phone will do) and send it back before the deadline.',
  },
} as const satisfies Area);
