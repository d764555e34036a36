/** The command line's own words, Vietnamese and English side by side. */
import { fill } from '../engine/format';
import type { Lang } from '../engine/model';

const TEXT = {
  usage: {
    vi: `thidua — chấm điểm, xếp hạng và dự kiến đề nghị khen thưởng cho cụm/khối thi đua

Cách dùng:
  thidua score <tệp.xlsx> [--out <tệp-kết-quả.xlsx>] [--json <kết-quả.json>|-] [--lang vi|en]
  thidua template <tệp.xlsx> [--preset <tên>] [--lang vi|en]
  thidua presets
  thidua forms <tệp-cụm.xlsx> --out-dir <thư-mục> [--lang vi|en]
  thidua consolidate <tệp-cụm.xlsx> <phiếu.xlsx>… [--out <tệp.xlsx>] [--prefer submitted]
  thidua --help | <lệnh> --help | --version

Mã thoát: 0 đã chấm điểm (có thể có cảnh báo); 1 sổ có lỗi (không ghi tệp nào); 2 dùng sai lệnh.`,
    en: `thidua — scoring, ranking and award nominations for emulation clusters

Usage:
  thidua score <input.xlsx> [--out <output.xlsx>] [--json <result.json>|-] [--lang vi|en]
  thidua template <output.xlsx> [--preset <name>] [--lang vi|en]
  thidua presets
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
  --lang vi|en   ngôn ngữ của thông báo và các trang kết quả (mặc định vi)`,
    en: `thidua score <input.xlsx> [--out <output.xlsx>] [--json <result.json>|-] [--lang vi|en]

Reads the workbook, scores, ranks and drafts the nominations; writes a copy of the workbook with the
Results, Score detail and Nominations sheets (default <input>.ketqua.xlsx) and prints the ranking.
  --out <file>   where to write the result workbook (never the input file)
  --json <file>  write the result JSON; "--json -" prints it instead of the table
  --lang vi|en   language of messages and output sheets (default vi)`,
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
  written: { vi: 'Đã ghi sổ kết quả: {value}', en: 'Result workbook written: {value}' },
  jsonWritten: { vi: 'Đã ghi JSON: {value}', en: 'JSON written: {value}' },
  templateWritten: { vi: 'Đã ghi sổ mẫu: {value}', en: 'Template written: {value}' },
  nominations: { vi: 'Dự kiến đề nghị khen thưởng', en: 'Draft nominations' },
  notNominated: { vi: 'Không đề nghị', en: 'Not proposed' },
  none: { vi: '(không có)', en: '(none)' },
  failed: { vi: 'Lỗi không mong đợi: {value}', en: 'Unexpected error: {value}' },
  cannotWrite: { vi: 'Không ghi được tệp {value}: {reason}.', en: 'Cannot write the file {value}: {reason}.' },
  systemError: { vi: 'lỗi hệ thống {value}', en: 'system error {value}' },
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
} as const satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof TEXT;

export function t(key: TextKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return fill(TEXT[key][lang], params, lang);
}

/** Why a file could not be written, in words, by the system's error code. */
const WRITE_REASONS: Readonly<Record<string, Record<Lang, string>>> = {
  ENOENT: { vi: 'thư mục không tồn tại', en: 'the folder does not exist' },
  ENOTDIR: { vi: 'đường dẫn thư mục không phải là thư mục', en: 'the folder path is not a folder' },
  EACCES: { vi: 'không có quyền ghi', en: 'permission denied' },
  EPERM: { vi: 'không có quyền ghi', en: 'permission denied' },
  EROFS: { vi: 'ổ đĩa chỉ cho đọc', en: 'the disk is read-only' },
  ENOSPC: { vi: 'ổ đĩa đã đầy', en: 'the disk is full' },
  EISDIR: { vi: 'đó là một thư mục', en: 'it is a folder' },
};

/** One line: which file could not be written and why. */
export function writeFailure(file: string, code: string, lang: Lang): string {
  const reason = Object.hasOwn(WRITE_REASONS, code) ? WRITE_REASONS[code]![lang] : t('systemError', lang, { value: code });
  return t('cannotWrite', lang, { value: file, reason });
}
