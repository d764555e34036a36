/** The command line's own words (usage, option errors, file outcomes), Vietnamese and English side by side. */
import { register } from './table';
import type { Area } from './template';

export const CLI = register('cli', {
  usage: {
    vi: `thidua — chấm điểm, xếp hạng và dự kiến đề nghị khen thưởng cho cụm/khối thi đua

Cách dùng:
  thidua score <tệp.xlsx> [--out <tệp-kết-quả.xlsx>] [--json <kết-quả.json>|-] [--lang vi|en] [--save-history]
  thidua template <tệp.xlsx> [--preset <tên>] [--lang vi|en]
  thidua presets
  thidua ballots <tệp.xlsx> [--out <tệp-phiếu.xlsx>] [--lang vi|en]
  thidua forms <tệp-cụm.xlsx> --out-dir <thư-mục> [--lang vi|en]
  thidua consolidate <tệp-cụm.xlsx> <phiếu.xlsx>… [--out <tệp.xlsx>] [--prefer submitted]
  thidua --help | <lệnh> --help | --version

Mã thoát: 0 đã chấm điểm (có thể có cảnh báo); 1 sổ có lỗi (không ghi tệp nào); 2 dùng sai lệnh.`,
    en: `thidua — scoring, ranking and award nominations for emulation clusters

Usage:
  thidua score <input.xlsx> [--out <output.xlsx>] [--json <result.json>|-] [--lang vi|en] [--save-history]
  thidua template <output.xlsx> [--preset <name>] [--lang vi|en]
  thidua presets
  thidua ballots <input.xlsx> [--out <output.xlsx>] [--lang vi|en]
  thidua forms <cluster.xlsx> --out-dir <folder> [--lang vi|en]
  thidua consolidate <cluster.xlsx> <form.xlsx>… [--out <file.xlsx>] [--prefer submitted]
  thidua --help | <command> --help | --version

Exit status: 0 scored (warnings allowed); 1 the workbook has errors (no file written); 2 usage error.`,
  },
  scoreHelp: {
    vi: `thidua score <tệp.xlsx> [--out <tệp-kết-quả.xlsx>] [--json <kết-quả.json>|-] [--lang vi|en]

Đọc sổ, chấm điểm, xếp hạng, dự kiến danh sách đề nghị khen thưởng; ghi bản sao của sổ kèm các
trang Kết quả, Chi tiết điểm, Đề nghị khen thưởng (mặc định <tệp>.ketqua.xlsx) và in bảng xếp hạng.
  --out <tệp>    nơi ghi sổ kết quả (không được trùng tệp đầu vào)
  --json <tệp>   ghi kết quả dạng JSON; "--json -" in JSON ra màn hình thay cho bảng
                 (khi đó chỉ ghi sổ kết quả nếu có --out)
  --lang vi|en   ngôn ngữ của thông báo và các trang kết quả (mặc định vi)
  --audit        ghi thêm trang Công thức kiểm tra: mọi số của Kết quả tính lại bằng công thức Excel
  --documents    ghi thêm trang Danh sách đề nghị khen thưởng (thể thức Nghị định 30/2020, khổ A4 dọc)
  --pdf <tệp>    in Danh sách đề nghị khen thưởng (thể thức Nghị định 30/2020) ra PDF bằng LibreOffice
  --save-history ghi thêm kết quả kỳ này vào trang Lịch sử của sổ kết quả (tạo trang nếu chưa có;
                 từ chối và liệt kê nếu đã có dòng cùng năm, kỳ, đơn vị); tệp đầu vào không bị sửa
  --all-warnings in mọi cảnh báo (mặc định in {shown} cảnh báo đầu và số còn lại; lỗi luôn in hết;
                 trang Cảnh báo của sổ kết quả luôn ghi đủ)`,
    en: `thidua score <input.xlsx> [--out <output.xlsx>] [--json <result.json>|-] [--lang vi|en]

Reads the workbook, scores, ranks and drafts the nominations; writes a copy of the workbook with the
Results, Score detail and Nominations sheets (default <input>.ketqua.xlsx) and prints the ranking.
  --out <file>   where to write the result workbook (never the input file)
  --json <file>  write the result JSON; "--json -" prints it instead of the table
                 (and writes the result workbook only when --out is given)
  --lang vi|en   language of messages and output sheets (default vi)
  --audit        also write the Formula audit sheet: every figure of Results recomputed with Excel formulas
  --documents    also write the Award proposal list sheet (Decree 30/2020 layout, A4 portrait)
  --pdf <file>   print the Award proposal list (Decree 30/2020 layout) to PDF with LibreOffice
  --save-history also append this period's results to the History (Lịch sử) sheet of the result
                 workbook (created if absent; refused, listing them, when rows of the same year,
                 period and unit exist); the input file is never modified
  --all-warnings print every warning (by default the first {shown} and how many more; errors are always
                 all printed; the Warnings sheet of the result workbook always lists them all)`,
  },
  templateHelp: {
    vi: `thidua template <tệp.xlsx> [--preset <tên>] [--lang vi|en]

Ghi một sổ mẫu sẵn sàng để nhập số liệu. --preset hai-phong-huyen-2024 (mặc định) là cụm thi đua
các huyện Hải Phòng; --preset blank chỉ có tiêu đề. Xem danh sách: thidua presets.`,
    en: `thidua template <output.xlsx> [--preset <name>] [--lang vi|en]

Writes a ready workbook. --preset hai-phong-huyen-2024 (the default) is Hải Phòng's district cluster;
--preset blank has the headers only. List them: thidua presets.`,
  },
  presetsHelp: { vi: 'thidua presets — liệt kê các sổ mẫu.', en: 'thidua presets — lists the presets.' },
  unknownCommand: { vi: 'Lệnh không hợp lệ: {value}. Xem: thidua --help', en: 'Unknown command: {value}. See: thidua --help' },
  badOption: { vi: 'Tùy chọn không hợp lệ: {value}. Xem: thidua {command} --help', en: 'Invalid option: {value}. See: thidua {command} --help' },
  missingValue: { vi: 'Thiếu giá trị cho tùy chọn {value}. Xem: thidua {command} --help', en: 'The option {value} needs a value. See: thidua {command} --help' },
  extraArg: { vi: 'Thừa đối số: {value}. Xem: thidua {command} --help', en: 'Unexpected argument: {value}. See: thidua {command} --help' },
  missingArg: { vi: 'Thiếu tên tệp. Xem: thidua {command} --help', en: 'A file name is missing. See: thidua {command} --help' },
  badLang: { vi: 'Ngôn ngữ phải là vi hoặc en: {value}', en: 'The language must be vi or en: {value}' },
  noFile: { vi: 'Không tìm thấy tệp: {value}', en: 'File not found: {value}' },
  notXlsx: { vi: 'Không phải tệp .xlsx: {value}', en: 'Not an .xlsx file: {value}' },
  notZip: {
    vi: 'Tệp {value} không phải sổ Excel .xlsx hợp lệ (không đọc được nội dung).',
    en: 'The file {value} is not a valid .xlsx workbook (its content cannot be read).',
  },
  oleFile: {
    vi: 'Tệp {value} là sổ Excel cũ (.xls) hoặc được đặt mật khẩu; hãy mở bằng Excel, bỏ mật khẩu và lưu dạng .xlsx.',
    en: 'The file {value} is an old Excel (.xls) workbook or is password-protected; open it in Excel, remove the password and save it as .xlsx.',
  },
  sameFile: { vi: 'Tệp kết quả không được trùng tệp đầu vào: {value}', en: 'The output file must not be the input file: {value}' },
  sameOutputs: { vi: 'Tệp JSON không được trùng sổ kết quả: {value}', en: 'The JSON file must not be the result workbook: {value}' },
  unknownPreset: { vi: 'Không có sổ mẫu “{value}”. Xem: thidua presets', en: 'No preset named “{value}”. See: thidua presets' },
  exists: { vi: 'Tệp đã tồn tại, không ghi đè: {value}', en: 'The file exists and is not overwritten: {value}' },
  errorsFound: { vi: 'Sổ có {value} lỗi; không ghi tệp kết quả.', en: 'The workbook has {value} error(s); no output file was written.' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  moreWarnings: {
    vi: '… và {count} cảnh báo nữa; in hết bằng --all-warnings.',
    en: '… and {count} more warnings; print them all with --all-warnings.',
  },
  moreWarningsInSheet: {
    vi: '… và {count} cảnh báo nữa: trang “{sheet}” của sổ kết quả ghi đủ từng ô; in hết ra đây bằng --all-warnings.',
    en: '… and {count} more warnings: the “{sheet}” sheet of the result workbook lists them all by cell; print them here with --all-warnings.',
  },
  written: { vi: 'Đã ghi sổ kết quả: {value}', en: 'Result workbook written: {value}' },
  jsonWritten: { vi: 'Đã ghi JSON: {value}', en: 'JSON written: {value}' },
  templateWritten: { vi: 'Đã ghi sổ mẫu: {value}', en: 'Template written: {value}' },
  nominations: { vi: 'Dự kiến đề nghị khen thưởng', en: 'Draft nominations' },
  notNominated: { vi: 'Không đề nghị', en: 'Not proposed' },
  none: { vi: '(không có)', en: '(none)' },
  failed: { vi: 'Lỗi không mong đợi: {value}', en: 'Unexpected error: {value}' },
  cannotWrite: { vi: 'Không ghi được tệp {value}: {reason}.', en: 'Cannot write the file {value}: {reason}.' },
  systemError: { vi: 'lỗi hệ thống {value}', en: 'system error {value}' },
  isFolder: { vi: 'Đây là một thư mục, không phải tệp: {value}', en: 'This is a folder, not a file: {value}' },
  notRegularFile: { vi: 'Không phải tệp thông thường (FIFO, thiết bị hay socket): {value}', en: 'Not a regular file (a FIFO, a device or a socket): {value}' },
  cannotRead: { vi: 'Không đọc được tệp {value}: {reason}.', en: 'Cannot read the file {value}: {reason}.' },
  inputTooLarge: { vi: 'Tệp {value} quá lớn (trên {limit} MB).', en: 'The file {value} is too large (over {limit} MB).' },
  partTooLarge: {
    vi: 'Tệp {value}: phần “{part}” vượt quá {limit} MB khi giải nén; không đọc tiếp.',
    en: 'The file {value}: the part “{part}” inflates to more than {limit} MB; not read further.',
  },
  partRatio: {
    vi: 'Tệp {value}: phần “{part}” bị nén quá mức bất thường (gấp {ratio} lần); không đọc tiếp.',
    en: 'The file {value}: the part “{part}” is compressed abnormally ({ratio} times); not read further.',
  },
  encryptedZip: { vi: 'Tệp {value} có nội dung được mã hóa; không đọc được.', en: 'The file {value} holds encrypted entries; it cannot be read.' },
  isOds: {
    vi: 'Tệp {value} là bảng tính OpenDocument (.ods), không phải .xlsx; hãy mở bằng LibreOffice hoặc Excel và lưu dạng .xlsx.',
    en: 'The file {value} is an OpenDocument spreadsheet (.ods), not an .xlsx; open it in LibreOffice or Excel and save it as .xlsx.',
  },
  isOdf: { vi: 'Tệp {value} là tài liệu OpenDocument, không phải sổ Excel .xlsx.', en: 'The file {value} is an OpenDocument file, not an .xlsx workbook.' },
  isDocx: { vi: 'Tệp {value} là văn bản Word (.docx), không phải sổ Excel .xlsx.', en: 'The file {value} is a Word document (.docx), not an .xlsx workbook.' },
  isPptx: { vi: 'Tệp {value} là bản trình chiếu PowerPoint (.pptx), không phải sổ Excel .xlsx.', en: 'The file {value} is a PowerPoint presentation (.pptx), not an .xlsx workbook.' },
  isZip: { vi: 'Tệp {value} là tệp nén zip nhưng không phải sổ Excel .xlsx.', en: 'The file {value} is a zip archive but not an .xlsx workbook.' },
  badPart: { vi: 'Không đọc được phần “{part}” của sổ {value}: {reason}', en: 'Cannot read the part “{part}” of the workbook {value}: {reason}' },
  unreadableBook: { vi: 'Không đọc được sổ {value}: {reason}', en: 'Cannot read the workbook {value}: {reason}' },
  notPdf: { vi: 'Không phải tệp .pdf: {value}', en: 'Not a .pdf file: {value}' },
  pdfWritten: { vi: 'Đã in danh sách đề nghị khen thưởng ra PDF: {value}', en: 'Award proposal list printed to PDF: {value}' },
  noSoffice: {
    vi: 'Không in được PDF {value}: máy chưa cài LibreOffice (soffice). Cài LibreOffice rồi chạy lại, hoặc in trang Danh sách đề nghị khen thưởng bằng Excel.',
    en: 'PDF {value} not printed: LibreOffice (soffice) is not installed. Install LibreOffice and run again, or print the Award proposal list from Excel.',
  },
  pdfFailed: { vi: 'LibreOffice không in được PDF {value}: {reason}', en: 'LibreOffice could not print the PDF {value}: {reason}' },
  ballotsHelp: {
    vi: `thidua ballots <tệp.xlsx> [--out <tệp-phiếu.xlsx>] [--lang vi|en]

Từ dự kiến đề nghị khen thưởng, ghi bản sao của sổ kèm trang Mẫu phiếu bầu (một phiếu A4 để in, mỗi
hình thức "chọn không quá N đơn vị") và trang Phiếu bầu (mỗi đại biểu × hình thức × ứng viên một dòng,
cột Đồng ý để trống) (mặc định <tệp>.phieubau.xlsx). Nhập phiếu vào trang Phiếu bầu rồi chạy
thidua score để kiểm phiếu. Không ghi khi sổ đã có trang Phiếu bầu.`,
    en: `thidua ballots <input.xlsx> [--out <output.xlsx>] [--lang vi|en]

From the draft nominations, writes a copy of the workbook with the Ballot form sheet (one printable A4
ballot, "choose at most N units" per award) and the Ballots sheet (a row per voter × award × candidate,
Yes blank) (default <input>.phieubau.xlsx). Enter the ballots there, then run thidua score to count
them. Nothing is written when the workbook already has a Ballots sheet.`,
  },
  ballotsExist: {
    vi: 'Sổ đã có trang “{value}”; không ghi đè phiếu đã nhập. Xoá hoặc đổi tên trang đó nếu muốn tạo phiếu mới.',
    en: 'The workbook already has the sheet “{value}”; entered ballots are never overwritten. Delete or rename it to make new ballots.',
  },
  noCandidates: { vi: 'Dự kiến đề nghị khen thưởng không có ứng viên nào: không có gì để bầu.', en: 'The draft nominations have no candidate: there is nothing to vote on.' },
  ballotsWritten: {
    vi: 'Đã ghi phiếu bầu cho {voters} đại biểu ({awards} hình thức): {value}',
    en: 'Ballots written for {voters} voters ({awards} awards): {value}',
  },
  votes: { vi: 'Kết quả bỏ phiếu', en: 'Vote results' },
  ineligible: { vi: 'Không đủ điều kiện theo hình thức', en: 'Not eligible, by award' },
  formsHelp: {
    vi: `thidua forms <tệp-cụm.xlsx> --out-dir <thư-mục> [--lang vi|en]

Ghi mỗi đơn vị một phiếu nhập <đơn vị>.xlsx vào thư mục (tạo thư mục nếu chưa có): trang Hướng dẫn
(hạn nộp lấy từ cài đặt “Hạn nộp”), trang Tiêu chí chỉ đọc, trang Số liệu chỉ có các dòng của đơn vị,
các cột Thực hiện, Tự chấm, Minh chứng, Ghi chú để điền (có kiểm tra dữ liệu).`,
    en: `thidua forms <cluster.xlsx> --out-dir <folder> [--lang vi|en]

Writes one submission form <unit>.xlsx per unit into the folder (made if missing): instructions (the
deadline from the “Hạn nộp” setting), the criteria read-only, the unit's rows only with the actual,
self score, evidence and note columns open (with data validation).`,
  },
  consolidateHelp: {
    vi: `thidua consolidate <tệp-cụm.xlsx> <phiếu.xlsx>… [--out <tệp.xlsx>] [--prefer submitted] [--lang vi|en]

Gộp các phiếu đơn vị gửi lại vào trang Số liệu (chỉ các cột Thực hiện, Tự chấm, Minh chứng, Ghi chú),
ghi thêm trang Tình hình nộp và Nhật ký gộp; ghi ra tệp mới (mặc định <tệp-cụm>.gop.xlsx).
  --out <tệp>          nơi ghi sổ đã gộp (không được trùng tệp đầu vào)
  --prefer submitted   khi ô của cụm đã có giá trị khác: lấy giá trị của phiếu (mặc định giữ của cụm)
Mã thoát: 0 đã gộp (phiếu bị từ chối và xung đột in ra màn hình); 1 không ghi gì (sổ cụm có lỗi hoặc
hai tệp cùng của một đơn vị); 2 dùng sai lệnh.`,
    en: `thidua consolidate <cluster.xlsx> <form.xlsx>… [--out <file.xlsx>] [--prefer submitted] [--lang vi|en]

Consolidates the forms the units sent back into the data sheet (only the actual, self score, evidence
and note columns) and adds the Submissions and Merge log sheets; writes a new file (default
<cluster>.gop.xlsx).
  --out <file>         where to write the consolidated workbook (never an input)
  --prefer submitted   where the cluster's cell holds another value, take the form's (default: keep it)
Exit status: 0 consolidated (refused files and conflicts are printed); 1 nothing written (the cluster
workbook has errors, or two files are one unit's); 2 usage error.`,
  },
  formsWritten: { vi: 'Đã ghi {value} phiếu nhập vào {folder}', en: '{value} form(s) written to {folder}' },
  formWritten: { vi: '  {value}', en: '  {value}' },
  formsFailed: { vi: 'Sổ có {value} lỗi; không ghi phiếu nào.', en: 'The workbook has {value} error(s); no form was written.' },
  consolidated: {
    vi: 'Đã gộp: {cells} ô được ghi, {conflicts} xung đột, {refused} tệp bị từ chối. Đã ghi sổ: {value}',
    en: 'Consolidated: {cells} cell(s) written, {conflicts} conflict(s), {refused} file(s) refused. Written: {value}',
  },
  nothingConsolidated: { vi: 'Không ghi tệp nào.', en: 'Nothing was written.' },
  notAFolder: { vi: 'Không phải thư mục: {value}', en: 'Not a folder: {value}' },
  // The count of the vote as printed (cli/print-vote.ts)
  voteHeading: { vi: 'Kết quả bỏ phiếu: {turnout}', en: 'Vote results: {turnout}' },
  voteAward: { vi: '{award} (số suất {seats}; hợp lệ {valid}, không hợp lệ {invalid})', en: '{award} (seats {seats}; valid {valid}, invalid {invalid})' },
  voteElected: { vi: 'Trúng: {units}', en: 'Elected: {units}' },
  voteNone: { vi: '(không có)', en: '(none)' },
  voteUnit: { vi: 'Đơn vị', en: 'Unit' },
  voteVotes: { vi: 'Phiếu', en: 'Votes' },
  voteOutcome: { vi: 'Kết quả', en: 'Outcome' },
} as const satisfies Area);

/** Why a file could not be read or written, in words, by the system's error code. */
export const FILE_REASONS = register('file', {
  ENOENT: { vi: 'thư mục không tồn tại', en: 'the folder does not exist' },
  ENOTDIR: { vi: 'đường dẫn thư mục không phải là thư mục', en: 'the folder path is not a folder' },
  EACCES: { vi: 'không có quyền ghi', en: 'permission denied' },
  EPERM: { vi: 'không có quyền ghi', en: 'permission denied' },
  EROFS: { vi: 'ổ đĩa chỉ cho đọc', en: 'the disk is read-only' },
  ENOSPC: { vi: 'ổ đĩa đã đầy', en: 'the disk is full' },
  EISDIR: { vi: 'đó là một thư mục', en: 'it is a folder' },
} as const satisfies Area);
