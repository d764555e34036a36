/**
 * The task pane's own words, Vietnamese and English side by side. Words of results (statuses,
 * reasons, tie notes, explanations) and of diagnostics have their own areas (results.ts, diagnostics.ts).
 */
import { register } from './table';
import type { Area } from './template';

export const PANE = register('pane', {
  // Header
  appName: { vi: 'Thi đua', en: 'Thi đua' },
  tagline: { vi: 'Chấm điểm, xếp hạng, đề nghị khen thưởng', en: 'Score, rank and draft award nominations' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },

  // Workbook summary
  summaryTitle: { vi: 'Bảng tính', en: 'Workbook' },
  summaryLoading: { vi: 'Đang đọc bảng tính…', en: 'Reading the workbook…' },
  summaryFailed: { vi: 'Không đọc được bảng tính', en: 'Could not read the workbook' },
  reload: { vi: 'Đọc lại bảng tính', en: 'Read the workbook again' },
  cluster: { vi: 'Tên cụm', en: 'Cluster' },
  noClusterName: { vi: '(chưa đặt tên)', en: '(no name)' },
  unitCount: { vi: 'Đơn vị', en: 'Units' },
  criteriaCount: { vi: 'Tiêu chí', en: 'Criteria' },
  criteriaValue: { vi: '{criteria} tiêu chí, {groups} nhóm', en: '{criteria} criteria, {groups} groups' },
  extrasValue: { vi: ', {extras} mục thưởng/trừ', en: ', {extras} bonus/penalty items' },
  layout: { vi: 'Cách nhập số liệu', en: 'Data layout' },
  layoutLong: { vi: 'Dạng dọc', en: 'Long' },
  layoutWide: { vi: 'Dạng ngang', en: 'Wide' },
  inputSheets: { vi: 'Trang nhập liệu', en: 'Input sheets' },
  outputSheets: { vi: 'Trang kết quả', en: 'Output sheets' },
  none: { vi: 'Chưa có', en: 'None' },
  emptyTitle: { vi: 'Bảng tính chưa có trang “Tiêu chí”', en: 'This workbook has no “Criteria” sheet' },
  emptyBody: {
    vi: 'Hãy tạo bảng mẫu để bắt đầu, rồi thay số liệu mẫu bằng số liệu của cụm mình.',
    en: 'Insert a template to start, then replace its sample figures with your cluster’s.',
  },

  // Sections
  sections: { vi: 'Chức năng', en: 'Actions' },
  tabScore: { vi: 'Chấm điểm', en: 'Score' },
  tabCheck: { vi: 'Kiểm tra', en: 'Check' },
  tabTemplate: { vi: 'Bảng mẫu', en: 'Template' },

  // Template
  templateTitle: { vi: 'Tạo bảng mẫu', en: 'Insert a template' },
  templateHint: { vi: 'Trang đã có sẽ được giữ nguyên, không bị ghi đè.', en: 'Existing sheets are kept, never overwritten.' },
  preset: { vi: 'Mẫu', en: 'Template' },
  insertTemplate: { vi: 'Tạo bảng mẫu', en: 'Insert template' },
  inserting: { vi: 'Đang tạo bảng mẫu…', en: 'Inserting the template…' },
  inserted: { vi: 'Đã thêm các trang: {sheets}', en: 'Sheets added: {sheets}' },
  insertedNone: { vi: 'Không thêm trang nào.', en: 'No sheet was added.' },
  skipped: { vi: 'Đã có nên giữ nguyên: {sheets}', en: 'Already there, kept as they are: {sheets}' },
  templateFailed: { vi: 'Không tạo được bảng mẫu', en: 'Could not insert the template' },

  // Check
  checkTitle: { vi: 'Kiểm tra số liệu', en: 'Check the data' },
  recheck: { vi: 'Kiểm tra lại', en: 'Check again' },
  checking: { vi: 'Đang kiểm tra…', en: 'Checking…' },
  noProblems: { vi: 'Không thấy lỗi nào trong số liệu.', en: 'No problems found in the data.' },
  problemCounts: { vi: '{errors} lỗi, {warnings} cảnh báo', en: '{errors} error(s), {warnings} warning(s)' },
  severityError: { vi: 'Lỗi', en: 'Error' },
  severityWarning: { vi: 'Cảnh báo', en: 'Warning' },
  selectHint: { vi: 'Bấm vào một dòng để chọn ô đó trong Excel.', en: 'Click a line to select that cell in Excel.' },
  problemsList: { vi: 'Danh sách lỗi và cảnh báo', en: 'Errors and warnings' },
  selectFailed: { vi: 'Không chọn được ô', en: 'Could not select the cell' },

  // Score
  scoreTitle: { vi: 'Chấm điểm & xếp hạng', en: 'Score & rank' },
  flagInPlace: { vi: 'Đánh dấu ô số liệu (xanh/vàng/đỏ)', en: 'Flag the data cells (green/yellow/red)' },
  flagHint: {
    vi: 'Tô màu ô Thực hiện: xanh vượt, vàng đạt, đỏ chưa đạt. Chỉ đổi định dạng, không đổi số liệu.',
    en: 'Colours the actual cells: green exceeded, yellow met, red below. Formatting only, values never change.',
  },
  scoreButton: { vi: 'Chấm điểm & xếp hạng', en: 'Score & rank' },
  progress: { vi: 'Tiến trình chấm điểm', en: 'Scoring progress' },
  stepOf: { vi: 'Bước {n}/{total}: {step}', en: 'Step {n} of {total}: {step}' },
  stepRead: { vi: 'Đọc số liệu', en: 'Reading the data' },
  stepScore: { vi: 'Chấm điểm, xếp hạng', en: 'Scoring and ranking' },
  stepWrite: { vi: 'Ghi các trang kết quả', en: 'Writing the output sheets' },
  stepFlag: { vi: 'Đánh dấu ô số liệu', en: 'Flagging the data cells' },
  audit: { vi: 'Ghi thêm trang Công thức kiểm tra', en: 'Also write the Formula audit sheet' },
  auditHint: {
    vi: 'Mọi số của Kết quả tính lại bằng công thức Excel trên các ô nhập, kèm cột Khớp/Lệch: ai cũng kiểm tra được mà không cần add-in.',
    en: 'Every figure of Results recomputed with Excel formulas over the input cells, with a Match/Mismatch column: anyone can check it without the add-in.',
  },
  documents: { vi: 'Ghi thêm Danh sách đề nghị khen thưởng', en: 'Also write the Award proposal list' },
  documentsHint: {
    vi: 'Văn bản theo Nghị định 30/2020 (A4 dọc, Times New Roman), in bằng lệnh In của Excel.',
    en: 'The Decree 30/2020 paper (A4 portrait, Times New Roman), printed with Excel’s Print.',
  },
  // Working in the pane (issue 16); the words of the results chunk are in taskpane/work-strings.ts.
  summaryLine: { vi: '{cluster} · {units} đơn vị · {criteria} tiêu chí', en: '{cluster} · {units} units · {criteria} criteria' },
  summaryMore: { vi: 'Xem chi tiết bảng tính', en: 'Show the workbook details' },
  clearedNone: { vi: 'Không có ô nào đang được đánh dấu: không có gì để xoá.', en: 'No cell is flagged: there is nothing to clear.' },
  chooseTemplate: { vi: 'Chọn bảng mẫu', en: 'Choose a template' },
  cancelRun: { vi: 'Huỷ', en: 'Cancel' },
  stepDone: { vi: 'Xong', en: 'Done' },
  scoreFailed: { vi: 'Chưa chấm được điểm', en: 'Could not score' },
  dataErrors: { vi: 'Số liệu còn lỗi nên chưa chấm điểm', en: 'The data has errors, so nothing was scored' },
  dataErrorsBody: { vi: 'Sửa các lỗi dưới đây rồi chấm lại.', en: 'Fix the errors below, then score again.' },
  written: { vi: 'Đã ghi các trang: {sheets}', en: 'Sheets written: {sheets}' },
  flagged: { vi: 'Đã đánh dấu {n} ô số liệu.', en: '{n} data cells flagged.' },
  notesTitle: { vi: 'Trang của bạn được giữ nguyên', en: 'Your sheets were kept' },
  warningsTitle: { vi: 'Cảnh báo ({n})', en: 'Warnings ({n})' },
  clearFlags: { vi: 'Xoá đánh dấu', en: 'Clear flags' },
  clearing: { vi: 'Đang xoá đánh dấu…', en: 'Clearing the flags…' },
  cleared: { vi: 'Đã xoá {n} ô đánh dấu.', en: '{n} flags removed.' },
  clearFailed: { vi: 'Không xoá được đánh dấu', en: 'Could not clear the flags' },

  // Ranking
  rankingTitle: { vi: 'Bảng xếp hạng', en: 'Ranking' },
  colUnit: { vi: 'Đơn vị', en: 'Unit' },
  showDetail: { vi: 'Xem chi tiết điểm của {unit}', en: 'Show the score detail of {unit}' },

  // Drill-down
  detailTitle: { vi: 'Chi tiết điểm', en: 'Score detail' },
  detailUnit: { vi: 'Đơn vị', en: 'Unit' },
  detailSummary: { vi: 'Hạng {rank} · {total}/{max} điểm · {percent}%', en: 'Rank {rank} · {total}/{max} points · {percent}%' },
  colCriterion: { vi: 'Tiêu chí', en: 'Criterion' },
  colStatus: { vi: 'Trạng thái', en: 'Status' },
  colPoints: { vi: 'Điểm', en: 'Points' },
  bonus: { vi: 'Điểm thưởng', en: 'Bonus' },
  penalty: { vi: 'Điểm trừ', en: 'Deductions' },
  notCounted: { vi: 'không tính', en: 'not counted' },

  // Nominations
  nominationsTitle: { vi: 'Đề nghị khen thưởng', en: 'Award nominations' },
  noNominee: { vi: 'Không có đơn vị đủ điều kiện.', en: 'No eligible unit.' },
  notNominatedTitle: { vi: 'Đơn vị không được đề nghị', en: 'Units not proposed' },
  nobody: { vi: 'Không có.', en: 'None.' },
  voteHint: {
    vi: 'Các đơn vị bằng điểm ở ranh giới số lượng: cụm cần bình xét (bỏ phiếu).',
    en: 'Units tied at the quota boundary: the cluster must vote.',
  },

  // The vote (vote.md)
  voteSectionTitle: { vi: 'Bỏ phiếu bình xét', en: 'The vote' },
  ballotsHint: {
    vi: 'Tạo trang Mẫu phiếu bầu (in mỗi đại biểu một phiếu) và trang Phiếu bầu để nhập phiếu; chấm điểm lại để kiểm phiếu. Trang Phiếu bầu đã có không bị ghi đè.',
    en: 'Makes the Ballot form sheet (print one per voter) and the Ballots sheet to enter them in; score again to count. An existing Ballots sheet is never overwritten.',
  },
  ballotsButton: { vi: 'Tạo phiếu bầu', en: 'Make ballots' },
  ballotsMaking: { vi: 'Đang tạo phiếu bầu…', en: 'Making the ballots…' },
  ballotsMade: {
    vi: 'Đã ghi các trang: {sheets} ({voters} đại biểu, {awards} hình thức). Nhập “x” vào cột Đồng ý theo từng phiếu rồi bấm Chấm điểm & xếp hạng.',
    en: 'Sheets written: {sheets} ({voters} voters, {awards} awards). Type “x” in the Yes column for each ballot, then press Score & rank.',
  },
  ballotsFailed: { vi: 'Chưa tạo được phiếu bầu', en: 'Could not make the ballots' },
  voteTitle: { vi: 'Kết quả bỏ phiếu', en: 'Vote results' },
  voteSeats: { vi: '{seats} suất · {valid} phiếu hợp lệ · {invalid} không hợp lệ', en: '{seats} seat(s) · {valid} valid · {invalid} invalid' },
  colVotes: { vi: 'Số phiếu', en: 'Votes' },
  colShare: { vi: 'Tỷ lệ', en: 'Share' },
  colOutcome: { vi: 'Kết quả', en: 'Outcome' },
  revoteTitle: { vi: 'Bỏ phiếu lại', en: 'Vote again' },

  // Errors
  unexpected: { vi: 'Đã xảy ra lỗi không mong muốn: {message}', en: 'Something went wrong: {message}' },
  crashTitle: { vi: 'Ngăn tác vụ gặp sự cố', en: 'The task pane ran into a problem' },
  crashBody: {
    vi: 'Số liệu trong bảng tính không bị thay đổi. Bấm “Thử lại” hoặc đóng rồi mở lại ngăn tác vụ.',
    en: 'Nothing in the workbook was changed. Press “Try again”, or close and reopen the task pane.',
  },
  tryAgain: { vi: 'Thử lại', en: 'Try again' },

  // History: the rank change, the ranks over time, Lưu vào lịch sử (cycle.md §2)
  changeUp: { vi: 'Tăng {n} bậc so với {period} (hạng {rank})', en: 'Up {n} from {period} (rank {rank})' },
  changeDown: { vi: 'Giảm {n} bậc so với {period} (hạng {rank})', en: 'Down {n} from {period} (rank {rank})' },
  changeSame: { vi: 'Giữ hạng so với {period}', en: 'Same rank as in {period}' },
  changeNew: { vi: 'Không có trong {period}', en: 'Not ranked in {period}' },
  historyTitle: { vi: 'Thứ hạng qua các kỳ', en: 'Ranks over time' },
  chartLabel: {
    vi: 'Biểu đồ đường thứ hạng của {units} đơn vị qua {periods} kỳ, từ {first} đến {last}; hạng 1 ở trên cùng. Bảng dưới biểu đồ ghi đủ số liệu.',
    en: 'Line chart of the ranks of {units} units over {periods} periods, {first} to {last}; rank 1 at the top. The table under the chart has every figure.',
  },
  chartTable: { vi: 'Bảng thứ hạng qua các kỳ', en: 'Ranks by period' },
  chartShowTable: { vi: 'Xem dạng bảng', en: 'Show as a table' },
  saveHistory: { vi: 'Lưu vào lịch sử', en: 'Save to history' },
  saveHistoryHint: {
    vi: 'Ghi thêm hạng, điểm, xếp loại kỳ này vào trang Lịch sử (chỉ thêm, không ghi đè).',
    en: 'Appends this period’s ranks, totals and classifications to the Lịch sử (History) sheet (append only, never overwrites).',
  },
  savingHistory: { vi: 'Đang lưu vào lịch sử…', en: 'Saving to the history…' },
  saveHistoryFailed: { vi: 'Không lưu được vào lịch sử', en: 'Could not save to the history' },
  ineligibleTitle: { vi: 'Không đủ điều kiện:', en: 'Not eligible:' },
  // Unit forms and consolidation
  tabForms: { vi: 'Phiếu đơn vị', en: 'Unit forms' },
  formsTitle: { vi: 'Tạo phiếu nhập cho đơn vị', en: 'Make the units’ forms' },
  formsHint: {
    vi: 'Mỗi đơn vị một tệp .xlsx: chỉ các dòng của đơn vị, cột khoá và cột để điền, hạn nộp lấy từ cài đặt “Hạn nộp”.',
    en: 'One .xlsx per unit: its rows only, locked and open columns, the deadline from the “Hạn nộp” setting.',
  },
  makeForms: { vi: 'Tạo phiếu nhập', en: 'Make the forms' },
  makingForms: { vi: 'Đang tạo phiếu…', en: 'Making the forms…' },
  formsMade: { vi: 'Đã tạo {n} phiếu.', en: '{n} form(s) made.' },
  downloadZip: { vi: 'Tải tất cả (.zip)', en: 'Download all (.zip)' },
  downloadOne: { vi: 'Tải {name}', en: 'Download {name}' },
  formsFailed: { vi: 'Không tạo được phiếu', en: 'Could not make the forms' },
  consolidateTitle: { vi: 'Gộp phiếu đơn vị', en: 'Consolidate the unit forms' },
  consolidateHint: {
    vi: 'Chọn các phiếu đơn vị gửi về; xem trước rồi xác nhận. Chỉ các cột Thực hiện, Tự chấm, Minh chứng, Ghi chú của trang Số liệu được ghi.',
    en: 'Pick the returned forms; preview, then confirm. Only the actual, self score, evidence and note cells of the data sheet are written.',
  },
  pickForms: { vi: 'Chọn các phiếu (.xlsx)', en: 'Pick the forms (.xlsx)' },
  picked: { vi: 'Đã chọn {n} tệp', en: '{n} file(s) picked' },
  preferSubmitted: { vi: 'Khi xung đột, lấy giá trị của phiếu', en: 'On a conflict, take the form’s value' },
  preview: { vi: 'Xem trước', en: 'Preview' },
  previewing: { vi: 'Đang đọc các phiếu…', en: 'Reading the forms…' },
  previewSummary: {
    vi: '{cells} ô sẽ được điền, {conflicts} xung đột, {refused} tệp bị từ chối.',
    en: '{cells} cell(s) to fill, {conflicts} conflict(s), {refused} file(s) refused.',
  },
  confirmConsolidate: { vi: 'Xác nhận gộp', en: 'Confirm and write' },
  consolidating: { vi: 'Đang gộp…', en: 'Consolidating…' },
  consolidated: { vi: 'Đã ghi {cells} ô và các trang: {sheets}', en: '{cells} cell(s) written, and the sheets: {sheets}' },
  consolidateBlocked: { vi: 'Không gộp được: không ghi gì vào sổ', en: 'Cannot consolidate: nothing was written' },
  consolidateFailed: { vi: 'Không gộp được phiếu', en: 'Could not consolidate the forms' },
  submissionsList: { vi: 'Tình hình nộp', en: 'Submissions' },
  formProblems: { vi: 'Lỗi, cảnh báo và xung đột', en: 'Errors, warnings and conflicts' },
  undoConsolidation: { vi: 'Hoàn tác lần gộp', en: 'Undo the consolidation' },
  undoing: { vi: 'Đang hoàn tác…', en: 'Undoing…' },
  undone: { vi: 'Đã khôi phục {n} ô.', en: '{n} cell(s) restored.' },
  undoChanged: { vi: 'Ô đã sửa sau lần gộp nên giữ nguyên: {cells}', en: 'Changed since, left as they are: {cells}' },
  undoFailed: { vi: 'Không hoàn tác được', en: 'Could not undo' },
  // A section loaded on its first visit (src/taskpane/components/LazySection.tsx).
  sectionLoading: { vi: 'Đang tải…', en: 'Loading…' },
  sectionFailed: { vi: 'Không mở được mục này', en: 'Could not open this section' },
} as const satisfies Area);
