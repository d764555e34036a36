/**
 * The input message of each setting's value cell in a template, per language. Kept out of
 * engine/settings-table.ts only because the task pane's first load reads settings but never writes a
 * template (its budget is 200 KB gzip); typed over the table's keys, so a setting without its message
 * does not compile.
 */
import type { SettingKey } from '../engine/settings-table';

export const SETTING_GUIDES: Record<SettingKey, Readonly<Record<'vi' | 'en', string>>> = {
  cluster: { vi: 'Tên cụm, khối thi đua (mặc định: tên tệp).', en: 'The cluster’s name (default: the file name).' },
  year: { vi: 'Năm thi đua, ví dụ 2024.', en: 'The year, e.g. 2024.' },
  period: { vi: 'Kỳ: năm, 6 tháng đầu năm…', en: 'The period: year, first half…' },
  decimals: { vi: 'Số chữ số thập phân của điểm, 0–6 (mặc định 2).', en: 'Decimals of the points, 0–6 (default 2).' },
  missing: { vi: 'Thiếu số liệu: 0 (tính 0 điểm), loại trừ, lỗi (mặc định 0).', en: 'Missing data: zero, exclude, error (default zero).' },
  rankBy: { vi: 'Xếp hạng theo tổng điểm hoặc tỷ lệ (mặc định tổng điểm).', en: 'Rank by total or percent (default total).' },
  rankStyle: { vi: 'đồng hạng: 1, 1, 3; liên tục: 1, 1, 2 (mặc định đồng hạng).', en: 'competition: 1, 1, 3; dense: 1, 1, 2 (default competition).' },
  tieBreaks: { vi: 'Khi bằng điểm, lần lượt: mã tiêu chí; số tiêu chí vượt; điểm trừ; điểm thưởng (cách nhau bởi ;).', en: 'On equal totals, in turn: a criterion code; exceeded; penalty; bonus (separated by ;).' },
  classification: { vi: 'Xếp loại theo tỷ lệ điểm: Xuất sắc 90; Tốt 80; Khá 65; Trung bình 50; Yếu 0.', en: 'Classes by percent: Xuất sắc 90; Tốt 80; Khá 65; Trung bình 50; Yếu 0.' },
  oneAwardPerUnit: { vi: 'có: mỗi đơn vị chỉ nhận một hình thức khen thưởng (mặc định có).', en: 'yes: one award per unit at most (default yes).' },
  selfScoreGap: { vi: 'Cảnh báo khi tự chấm chênh điểm thẩm định quá mức này (mặc định 5%).', en: 'Warn when a self score differs from the appraised one by more (default 5%).' },
  totalBonusCap: { vi: 'Tổng điểm thưởng tối đa của một đơn vị (để trống: không giới hạn).', en: 'The most bonus points of a unit in all (blank: no limit).' },
  managingBody: { vi: 'Văn bản: cơ quan chủ quản (dòng trên cùng bên trái), ví dụ UBND THÀNH PHỐ HẢI PHÒNG.', en: 'Documents: the managing body (top left line).' },
  issuingBody: { vi: 'Văn bản: cơ quan ban hành (mặc định: tên cụm).', en: 'Documents: the issuing body (default: the cluster’s name).' },
  reference: { vi: 'Văn bản: số, ký hiệu, ví dụ 12/TTr-CTĐ.', en: 'Documents: the reference number, e.g. 12/TTr-CTĐ.' },
  place: { vi: 'Văn bản: địa danh, ví dụ Hải Phòng.', en: 'Documents: the place name.' },
  signDate: { vi: 'Văn bản: ngày ký (dd/mm/yyyy); để trống để viết tay ngày … tháng … năm ….', en: 'Documents: the date signed (dd/mm/yyyy); blank leaves it to fill by hand.' },
  authority: { vi: 'Văn bản: thẩm quyền ký, ví dụ TM. CỤM THI ĐUA.', en: 'Documents: the authority line, e.g. TM. CỤM THI ĐUA.' },
  signerTitle: { vi: 'Văn bản: chức vụ người ký, ví dụ CỤM TRƯỞNG.', en: 'Documents: the signer’s title.' },
  signer: { vi: 'Văn bản: họ tên người ký.', en: 'Documents: the signer’s name.' },
  recipients: { vi: 'Văn bản: nơi nhận, cách nhau bởi dấu ; ví dụ Như trên; Lưu: VT.', en: 'Documents: the recipients, separated by ;.' },
  voters: { vi: 'Bỏ phiếu: số đại biểu được bầu (mặc định: số đơn vị).', en: 'Vote: the members entitled to vote (default: the number of units).' },
  voteThreshold: { vi: 'Bỏ phiếu: quá bán, hoặc một tỷ lệ như 70%, 2/3 (mặc định quá bán).', en: 'Vote: majority, or a share such as 70%, 2/3 (default majority).' },
  voteBase: { vi: 'Bỏ phiếu: tỷ lệ tính trên số đại biểu hoặc số phiếu hợp lệ (mặc định số đại biểu).', en: 'Vote: shares of the voters or of the valid ballots (default voters).' },
  quorum: { vi: 'Bỏ phiếu: số đại biểu có mặt tối thiểu, như 2/3 hoặc 50% (để trống: không kiểm tra).', en: 'Vote: the quorum, e.g. 2/3 or 50% (blank: no check).' },
  voteTie: { vi: 'Bỏ phiếu: khi bằng phiếu ở suất cuối, bỏ phiếu lại hoặc theo thứ hạng (mặc định bỏ phiếu lại).', en: 'Vote: a tie at the last seat goes to a revote or to the better rank (default revote).' },
  compareWith: { vi: 'So sánh với kỳ trước trong Lịch sử, ví dụ 2023 hoặc 2024 6 tháng (để trống: kỳ gần nhất trước kỳ này).', en: 'Compare with an earlier period of the History, e.g. 2023 or 2024 6 tháng (blank: the latest before this one).' },
  deadline: { vi: 'Phiếu nhập: hạn nộp phiếu của các đơn vị, ví dụ 15/11/2024.', en: 'Unit forms: the deadline for the units’ forms, e.g. 15/11/2024.' },
};
