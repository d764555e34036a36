/**
 * The diagnostics: what is wrong (or worth a look) in the user's workbook, Vietnamese and English side
 * by side. A diagnostic carries one of these codes and its parameters; the text is made in the
 * reader's language (`message` in engine/messages.ts, or `t(lang, 'diag.<code>', …)`).
 */
import { register } from './table';
import type { Area } from './template';

export const DIAGNOSTICS = register('diag', {
  // Sheets and headers
  missingSheet: {
    vi: 'Không tìm thấy trang tính “{sheet}” ({alias}).',
    en: 'The sheet “{sheet}” ({alias}) was not found.',
  },
  noDataSheet: {
    vi: 'Không có trang tính số liệu: cần “Số liệu” (dạng dọc) hoặc “Thực hiện” (dạng ngang).',
    en: 'No data sheet: add “Số liệu” (Data, long layout) or “Thực hiện” (Actuals, wide layout).',
  },
  sameRoleSheets: {
    vi: 'Trang “{sheet}” và trang “{first}” cùng là trang “{role}”; hãy đổi tên hoặc xoá một trang.',
    en: 'The sheets “{sheet}” and “{first}” are both the “{role}” sheet; rename or delete one of them.',
  },
  mergesUnchecked: {
    vi: 'Excel không trả về được danh sách vùng ô gộp của sổ này (thường do một trang có quá 512 vùng gộp, hoặc Excel đời cũ); chưa kiểm tra ô gộp đè lên dữ liệu — hãy bỏ gộp ô trong các bảng số liệu.',
    en: 'Excel did not return the merged areas of this workbook (usually a sheet with over 512 of them, or an older Excel); merged cells over the data were not checked — unmerge the cells of the data tables.',
  },
  bothLayouts: {
    vi: 'Sổ có cả “Số liệu” (dạng dọc) và “{sheet}” (dạng ngang); chỉ được dùng một dạng.',
    en: 'The workbook has both “Số liệu” (long layout) and “{sheet}” (wide layout); use only one.',
  },
  headerNotFound: {
    vi: 'Không tìm thấy dòng tiêu đề có đủ các cột bắt buộc ({headers}) trong 20 dòng đầu.',
    en: 'No header row with all the required columns ({headers}) in the first 20 rows.',
  },
  duplicateHeader: {
    vi: 'Cột “{header}” xuất hiện hai lần; chỉ dùng cột đầu tiên ({first}).',
    en: 'The column “{header}” appears twice; only the first ({first}) is used.',
  },
  unknownColumn: {
    vi: 'Cột “{header}” không thuộc mẫu; được giữ nguyên và bỏ qua.',
    en: 'The column “{header}” is not part of the format; it is kept and ignored.',
  },
  rowSkipped: {
    vi: 'Dòng {row} không có “{key}” nên được bỏ qua (dòng tổng cộng, ghi chú…).',
    en: 'Row {row} has no “{key}” and is skipped (a totals row, a note…).',
  },
  mergedOverData: {
    vi: 'Ô gộp {range} nằm trong vùng dữ liệu; hãy bỏ gộp ô để mỗi ô có giá trị riêng.',
    en: 'The merged cells {range} lie over the data; unmerge them so each cell holds its own value.',
  },
  noRows: {
    vi: 'Trang tính “{sheet}” không có dòng dữ liệu nào dưới tiêu đề.',
    en: 'The sheet “{sheet}” has no data rows under its header.',
  },
  tooManyRows: {
    vi: 'Trang tính “{sheet}” có {rows} dòng, vượt giới hạn {limit} dòng.',
    en: 'The sheet “{sheet}” has {rows} rows, over the limit of {limit}.',
  },
  // Cell values
  excelError: {
    vi: 'Ô chứa lỗi Excel {error}; hãy sửa công thức hoặc nhập giá trị.',
    en: 'The cell holds the Excel error {error}; fix the formula or enter a value.',
  },
  uncalculated: {
    vi: 'Ô có công thức nhưng tệp không lưu kết quả tính; hãy mở tệp bằng Excel hoặc LibreOffice, tính lại rồi lưu.',
    en: 'The cell holds a formula whose result the file does not hold; open the file in Excel or LibreOffice, recalculate and save it.',
  },
  notNumber: {
    vi: '“{value}” không phải là số (cột “{header}”).',
    en: '“{value}” is not a number (column “{header}”).',
  },
  notFinite: {
    vi: 'Giá trị {value} không dùng được (quá lớn hoặc không phải số hữu hạn).',
    en: 'The value {value} cannot be used (too large or not a finite number).',
  },
  ambiguousNumber: {
    vi: '“{value}” được đọc với “{sep}” là dấu thập phân, tức {read}; nếu “{sep}” là dấu phân cách hàng nghìn, hãy nhập {other}.',
    en: '“{value}” is read with “{sep}” as the decimal mark, that is {read}; if “{sep}” separates thousands, enter {other}.',
  },
  ambiguousInFormula: {
    vi: '“{value}” có thể là {other} hoặc {read}; công thức không tự đoán: hãy nhập {other} nếu là số hàng nghìn, hoặc {read} nếu là số thập phân.',
    en: '“{value}” could be {other} or {read}; a formula does not guess: enter {other} for thousands, or {read} for a decimal.',
  },
  notYesNo: {
    vi: '“{value}” không phải là có/không (có, x, đạt, 1 / không, không đạt, 0, để trống).',
    en: '“{value}” is not a yes/no (có, x, đạt, 1, yes / không, không đạt, 0, no, blank).',
  },
  notInteger: {
    vi: '“{value}” phải là số nguyên.',
    en: '“{value}” must be a whole number.',
  },
  negative: {
    vi: '“{header}” không được âm ({value}).',
    en: '“{header}” cannot be negative ({value}).',
  },
  required: {
    vi: 'Thiếu “{header}”.',
    en: '“{header}” is missing.',
  },
  badChoice: {
    vi: '“{value}” không hợp lệ cho “{header}”; dùng: {choices}.',
    en: '“{value}” is not valid for “{header}”; use: {choices}.',
  },
  dateInCode: {
    vi: 'Mã “{value}” đã bị Excel đổi thành ngày tháng; hãy định dạng cột là Văn bản và nhập lại.',
    en: 'The code “{value}” was turned into a date by Excel; format the column as Text and type it again.',
  },
  // Criteria tree
  duplicateCode: {
    vi: 'Mã “{code}” bị trùng (đã có ở {first}).',
    en: 'The code “{code}” is duplicated (already at {first}).',
  },
  unknownParent: {
    vi: 'Nhóm cha “{parent}” của “{code}” không có trong bảng tiêu chí.',
    en: 'The parent group “{parent}” of “{code}” is not in the criteria.',
  },
  parentNotGroup: {
    vi: '“{parent}” là tiêu chí lá (loại “{kind}”), không thể chứa “{code}”.',
    en: '“{parent}” is a leaf criterion (kind “{kind}”) and cannot contain “{code}”.',
  },
  cycle: {
    vi: 'Cây tiêu chí bị vòng lặp: {path}.',
    en: 'The criteria tree has a cycle: {path}.',
  },
  leafMaxRequired: {
    vi: 'Tiêu chí “{code}” thiếu Điểm chuẩn.',
    en: 'The criterion “{code}” has no maximum points.',
  },
  groupMaxMismatch: {
    vi: 'Điểm chuẩn của nhóm “{code}” là {max} nhưng tổng điểm chuẩn các tiêu chí con là {sum}.',
    en: 'The group “{code}” has {max} maximum points but its children add up to {sum}.',
  },
  emptyGroup: {
    vi: 'Nhóm “{code}” không có tiêu chí con nào.',
    en: 'The group “{code}” has no criteria under it.',
  },
  noLeaves: {
    vi: 'Bảng tiêu chí không có tiêu chí nào để chấm điểm.',
    en: 'The criteria sheet has no criterion to score.',
  },
  bonusWithoutCap: {
    vi: 'Có “Thưởng mỗi 1% vượt” nhưng “Thưởng tối đa” để trống (mặc định 0), nên không có điểm thưởng vượt.',
    en: '“Bonus per percent” is set but “Bonus cap” is blank (default 0), so no over-target bonus is given.',
  },
  mandatoryOnGroup: {
    vi: '“Bắt buộc” chỉ áp dụng cho tiêu chí lá; bỏ qua ở nhóm “{code}”.',
    en: '“Mandatory” applies to leaf criteria only; ignored on the group “{code}”.',
  },
  // Data
  unknownCriterion: {
    vi: 'Mã tiêu chí “{code}” không có trong trang “Tiêu chí”.',
    en: 'The criterion code “{code}” is not in the “Tiêu chí” sheet.',
  },
  dataForGroup: {
    vi: '“{code}” là nhóm; số liệu phải nhập cho các tiêu chí con.',
    en: '“{code}” is a group; enter the figures for its criteria instead.',
  },
  unitWithoutRows: {
    vi: 'Đơn vị “{unit}” không có dòng nào trong trang “{sheet}”: mọi tiêu chí của đơn vị này được tính là thiếu số liệu hoặc không giao chỉ tiêu.',
    en: 'The unit “{unit}” has no row in the sheet “{sheet}”: every criterion of it counts as missing data or as not assigned.',
  },
  targetWithoutRows: {
    vi: 'Tiêu chí định lượng “{code}” không có số liệu của đơn vị nào trong trang “{sheet}”: coi như không giao chỉ tiêu cho mọi đơn vị.',
    en: 'The target criterion “{code}” has no figures for any unit in the sheet “{sheet}”: taken as not assigned to any unit.',
  },
  targetRowsAbsent: {
    vi: 'Đơn vị “{unit}” không có dòng số liệu cho {codes} trong trang “{sheet}”: coi như không giao chỉ tiêu, không tính vào điểm tối đa. Nếu đơn vị có chỉ tiêu, hãy thêm dòng đó.',
    en: 'The unit “{unit}” has no row for {codes} in the sheet “{sheet}”: taken as not assigned, left out of its maximum. If the unit has a target there, add that row.',
  },
  duplicateEntry: {
    vi: 'Đơn vị “{unit}” có hai dòng cho tiêu chí “{code}” (đã có ở {first}).',
    en: 'The unit “{unit}” has two rows for the criterion “{code}” (already at {first}).',
  },
  unitNotListed: {
    vi: 'Đơn vị “{unit}” không có trong trang “Đơn vị”.',
    en: 'The unit “{unit}” is not in the “Đơn vị” (Units) sheet.',
  },
  duplicateUnit: {
    vi: 'Đơn vị “{unit}” bị trùng (đã có ở {first}).',
    en: 'The unit “{unit}” is listed twice (already at {first}).',
  },
  emptyUnitsSheet: {
    vi: 'Trang “{sheet}” chưa có đơn vị nào: các đơn vị được lấy từ số liệu.',
    en: 'The sheet “{sheet}” lists no unit: the units are taken from the data.',
  },
  emptyAwardsSheet: {
    vi: 'Trang “{sheet}” chưa có hình thức nào: dùng các hình thức mặc định (Cờ thi đua, Bằng khen).',
    en: 'The sheet “{sheet}” lists no award: the default awards are used (emulation flag, certificate of merit).',
  },
  bandsNotFromZero: {
    vi: 'Xếp loại không có mức nào từ 0: đơn vị dưới {min}% sẽ không được xếp loại.',
    en: 'No classification band starts at 0: units under {min}% get no classification.',
  },
  noUnits: {
    vi: 'Không có đơn vị nào để chấm điểm.',
    en: 'There is no unit to score.',
  },
  // Scoring
  negativeTarget: {
    vi: 'Chỉ tiêu âm ({value}) cho “{code}” của {unit}.',
    en: 'Negative target ({value}) for “{code}” of {unit}.',
  },
  tinyTarget: {
    vi: 'Chỉ tiêu {value} của {unit} ở “{code}” quá gần 0 để tính tỷ lệ hoàn thành; hãy nhập lại chỉ tiêu (hoặc để trống nếu không giao).',
    en: 'The target {value} of {unit} on “{code}” is too close to 0 for a completion ratio; enter the target again (or leave it blank if none).',
  },
  zeroTarget: {
    vi: 'Chỉ tiêu bằng 0: “{code}” được coi là không giao chỉ tiêu cho {unit}.',
    en: 'A target of 0: “{code}” is treated as not assigned to {unit}.',
  },
  missingData: {
    vi: 'Thiếu số liệu “{code}” của {unit}.',
    en: 'Missing data for “{code}” of {unit}.',
  },
  scoreOverMax: {
    vi: 'Điểm {value} của {unit} ở “{code}” vượt điểm chuẩn {max}; vẫn được tính như đã nhập, hãy kiểm tra lại.',
    en: 'The score {value} of {unit} on “{code}” is above the maximum {max}; it is counted as entered, please check it.',
  },
  selfScoreGap: {
    vi: 'Tự chấm {self} và thẩm định {appraised} của {unit} ở “{code}” chênh nhau quá {gap}% điểm chuẩn.',
    en: 'Self score {self} and appraised {appraised} of {unit} on “{code}” differ by more than {gap}% of the maximum.',
  },
  // Awards and settings
  unknownAwardCriterion: {
    vi: 'Khen thưởng chuyên đề “{award}” dùng mã “{code}” không có trong trang “Tiêu chí”.',
    en: 'The thematic award “{award}” uses the code “{code}”, which is not in the criteria.',
  },
  thematicWithoutCriterion: {
    vi: 'Khen thưởng chuyên đề “{award}” cần cột “Tiêu chí”.',
    en: 'The thematic award “{award}” needs a “Criterion”.',
  },
  duplicateAwardOrder: {
    vi: 'Thứ tự {order} bị trùng (đã có ở {first}).',
    en: 'The order {order} is used twice (already at {first}).',
  },
  unknownSetting: {
    vi: 'Không nhận ra khóa cài đặt “{key}”; bỏ qua.',
    en: 'The setting “{key}” is not known; ignored.',
  },
  duplicateSetting: {
    vi: 'Khóa cài đặt “{key}” bị lặp; dùng giá trị đầu tiên ({first}).',
    en: 'The setting “{key}” is repeated; the first value ({first}) is used.',
  },
  badSetting: {
    vi: 'Giá trị “{value}” không hợp lệ cho “{key}”: {hint}.',
    en: 'The value “{value}” is not valid for “{key}”: {hint}.',
  },
  unknownTieBreak: {
    vi: 'Tiêu chí phụ “{value}” không phải mã tiêu chí/nhóm, “số tiêu chí vượt”, “điểm trừ” hay “điểm thưởng”.',
    en: 'The tie-break “{value}” is not a criterion or group code, “exceeded”, “penalty” or “bonus”.',
  },
  // Output
  userSheetKept: {
    vi: 'Trang tính “{sheet}” do người dùng tạo nên được giữ nguyên; kết quả được ghi vào “{written}”.',
    en: 'The sheet “{sheet}” was made by the user and is kept as it is; the results are written to “{written}”.',
  },
  // Files
  notXlsx: {
    vi: 'Tệp không phải là sổ Excel .xlsx ({detail}).',
    en: 'The file is not an Excel .xlsx workbook ({detail}).',
  },
  // Near misses and figures that could be misread (issue 10)
  sheetRoleByHeaders: {
    vi: 'Trang “{sheet}” có các cột của trang “{role}” nên được đọc là trang “{role}”; đổi tên trang thành “{role}” để không còn cảnh báo này.',
    en: 'The sheet “{sheet}” has the columns of the “{role}” sheet and is read as that sheet; rename it “{role}” to silence this warning.',
  },
  sheetNearName: {
    vi: 'Trang “{sheet}” được đọc là trang “{role}”; đổi tên trang thành “{role}” để không còn cảnh báo này.',
    en: 'The sheet “{sheet}” is read as the “{role}” sheet; rename it “{role}” to silence this warning.',
  },
  headerNearMatch: {
    vi: 'Cột “{header}” được đọc là cột “{column}”; đổi tiêu đề thành “{column}” để không còn cảnh báo này.',
    en: 'The column “{header}” is read as the column “{column}”; rename the header “{column}” to silence this warning.',
  },
  duplicateColumn: {
    vi: 'Cột “{header}” trùng với cột {first} (cùng là “{column}”): không biết cột nào đúng; hãy xoá hoặc đổi tên một trong hai cột.',
    en: 'The column “{header}” duplicates the column {first} (both are “{column}”): which one is right cannot be known; delete or rename one of them.',
  },
  duplicateCodeColumn: {
    vi: 'Tiêu chí “{code}” có hai cột (cột đầu ở {first}): không biết cột nào đúng; hãy xoá hoặc sửa một trong hai cột.',
    en: 'The criterion “{code}” has two columns (the first at {first}): which one is right cannot be known; delete or correct one of them.',
  },
  noActualColumn: {
    vi: 'Trang “{sheet}” không có cột “Thực hiện”: các tiêu chí {codes} không có số liệu thực hiện nào. Hãy thêm cột “Thực hiện”.',
    en: 'The sheet “{sheet}” has no “Thực hiện” (Actual) column: the criteria {codes} have no actual figure at all. Add the column.',
  },
  noTargetColumn: {
    vi: 'Trang “{sheet}” không có cột “Chỉ tiêu”: các tiêu chí định lượng {codes} sẽ không được giao chỉ tiêu cho đơn vị nào. Hãy thêm cột “Chỉ tiêu”.',
    en: 'The sheet “{sheet}” has no “Chỉ tiêu” (Target) column: the target criteria {codes} would apply to no unit. Add the column.',
  },
  noTargetSheet: {
    vi: 'Sổ không có trang “Chỉ tiêu”: các tiêu chí định lượng {codes} có số liệu thực hiện nhưng sẽ không được giao chỉ tiêu cho đơn vị nào. Hãy thêm trang “Chỉ tiêu”.',
    en: 'The workbook has no “Chỉ tiêu” (Targets) sheet: the target criteria {codes} have actuals but would apply to no unit. Add the sheet.',
  },
  noActualForTarget: {
    vi: 'Tiêu chí định lượng “{code}” có cột chỉ tiêu ở đây nhưng trang “{sheet}” không có cột “{code}”: tiêu chí này không có số liệu thực hiện nào.',
    en: 'The target criterion “{code}” has a target column here but the sheet “{sheet}” has no “{code}” column: it has no actual figure at all.',
  },
  dateInFigure: {
    vi: 'Ô chứa ngày tháng {date}, không phải số liệu (cột “{header}”); hãy định dạng ô là Số (Number) và nhập lại số liệu.',
    en: 'The cell holds the date {date}, not a figure (column “{header}”); format the cell as Number and enter the figure again.',
  },
  figureReadAs: {
    vi: '“{value}{suffix}” được đọc là {read}, không phải {other}: chỉ cách đọc này cho tỷ lệ Thực hiện/Chỉ tiêu ({actual}/{target}) trong khoảng 1/20 đến 20.',
    en: '“{value}{suffix}” is read as {read}, not {other}: only this reading puts Actual/Target ({actual}/{target}) between 1/20 and 20.',
  },
  figureUndecided: {
    vi: 'Không rõ “{value}{suffix}” là {read} hay {other}: số liệu cùng dòng (Thực hiện/Chỉ tiêu) không cho biết cách đọc nào đúng. Hãy nhập lại cho rõ (không dùng dấu phân cách hàng nghìn; Chỉ tiêu và Thực hiện cùng là % hoặc cùng là số).',
    en: 'It is unclear whether “{value}{suffix}” is {read} or {other}: the other figure of the row (Actual/Target) does not tell. Enter it unambiguously (no thousands separator; target and actual both in % or both plain numbers).',
  },
  ambiguousNumberRefused: {
    vi: 'Không rõ “{value}” là {read} hay {other}, và không có số liệu nào để phân định: hãy nhập {other} nếu là số hàng nghìn, hoặc “{value}0” nếu là số thập phân.',
    en: 'It is unclear whether “{value}” is {read} or {other}, and no other figure tells: enter {other} for thousands, or “{value}0” for a decimal.',
  },
  figureInFormula: {
    vi: '“{value}{suffix}” có thể là {read} hoặc {other}; công thức không tự đoán (ngăn Thi đua đọc là {read} và cảnh báo): nếu là {read}, hãy nhập {read} (một số, không kèm %; Chỉ tiêu và Thực hiện cùng là số).',
    en: '“{value}{suffix}” could be {read} or {other}; a formula does not guess (the Thi đua pane reads {read} and warns): if it is {read}, enter {read} (a number, no %; target and actual both plain numbers).',
  },
  percentInFormula: {
    vi: 'Ô có giá trị {value}, tức {read}% nếu ô định dạng phần trăm; chỉ cách đọc {read} cho tỷ lệ Thực hiện/Chỉ tiêu ({actual}/{target}) trong khoảng 1/20 đến 20. Công thức không thấy định dạng ô nên không tự đoán: hãy nhập {read} thay cho {read}% (ô định dạng Số, Chỉ tiêu và Thực hiện cùng là số); nếu đúng là {value}, hãy chấm bằng ngăn Thi đua (ngăn thấy định dạng ô).',
    en: 'The cell holds {value}, that is {read}% if the cell is formatted as a percent; only the reading {read} puts Actual/Target ({actual}/{target}) between 1/20 and 20. A formula cannot see cell formats and does not guess: enter {read} instead of {read}% (a Number cell; target and actual both plain numbers); if the figure really is {value}, score with the Thi đua pane (it sees cell formats).',
  },
  dateInFormula: {
    vi: 'Số {value} (cột “{header}”) có thể là ngày {date}: Excel lưu ngày {date} là số {value}, và công thức không thấy định dạng ô. Số này lớn hơn 20 lần số liệu cùng dòng ({other}). Nếu ô là ngày tháng, hãy định dạng ô là Số (Number) và nhập lại số liệu; nếu đúng là {value}, hãy kiểm tra lại số liệu cùng dòng; nếu cả hai đều đúng, hãy điền “Năm” trong vùng Cài đặt (khi đó chỉ số trùng một ngày quanh năm thi đua mới bị coi là ngày) hoặc nhập số này dưới dạng chữ (gõ \'{value}).',
    en: 'The number {value} (column “{header}”) may be the date {date}: Excel stores {date} as {value}, and a formula cannot see cell formats. It is over 20 times the other figure of the row ({other}). If the cell holds a date, format it as Number and enter the figure again; if the figure really is {value}, check the other figure of the row; if both are right, fill in “Năm” (Year) in the settings range (then only a number that is a date near the cluster’s year is taken for a date) or enter the number as text (type \'{value}).',
  },
  dateNearYearInFormula: {
    vi: 'Số {value} (cột “{header}”) có thể là ngày {date}, gần năm thi đua {year}: Excel lưu ngày {date} là số {value}, và công thức không thấy định dạng ô. Số này lớn hơn 20 lần số liệu cùng dòng ({other}). Nếu ô là ngày tháng, hãy định dạng ô là Số (Number) và nhập lại số liệu; nếu đúng là {value}, hãy kiểm tra lại số liệu cùng dòng; nếu cả hai đều đúng, hãy nhập số này dưới dạng chữ (gõ \'{value}).',
    en: 'The number {value} (column “{header}”) may be the date {date}, near the cluster’s year {year}: Excel stores {date} as {value}, and a formula cannot see cell formats. It is over 20 times the other figure of the row ({other}). If the cell holds a date, format it as Number and enter the figure again; if the figure really is {value}, check the other figure of the row; if both are right, enter the number as text (type \'{value}).',
  },
  blankPassFail: {
    vi: 'Ô để trống: “{code}” của {unit} được tính là không đạt, 0 điểm. Nếu đơn vị đạt, hãy nhập “có”; nếu không đạt, nhập “không”.',
    en: 'The cell is blank: “{code}” of {unit} counts as not passed, 0 points. Enter “có” (yes) if the unit passed, “không” (no) if not.',
  },
  missingZero: {
    vi: 'Thiếu số liệu (ô để trống): “{code}” của {unit} được tính 0 điểm theo Cài đặt “Thiếu số liệu” = 0.',
    en: 'Missing data (blank cell): “{code}” of {unit} scores 0 points under the setting “Thiếu số liệu” (Missing data) = 0.',
  },
  missingExcluded: {
    vi: 'Thiếu số liệu (ô để trống): “{code}” của {unit} không được tính (không điểm, không vào điểm tối đa) theo Cài đặt “Thiếu số liệu” = loại trừ.',
    en: 'Missing data (blank cell): “{code}” of {unit} is left out (no points, not in the maximum) under the setting “Thiếu số liệu” (Missing data) = exclude.',
  },
  rowsAbsentZero: {
    vi: 'Đơn vị “{unit}” không có dòng số liệu cho {codes} trong trang “{sheet}”: các tiêu chí này được tính 0 điểm theo Cài đặt “Thiếu số liệu” = 0.',
    en: 'The unit “{unit}” has no row for {codes} in the sheet “{sheet}”: these criteria score 0 points under the setting “Thiếu số liệu” (Missing data) = 0.',
  },
  rowsAbsentExcluded: {
    vi: 'Đơn vị “{unit}” không có dòng số liệu cho {codes} trong trang “{sheet}”: các tiêu chí này không được tính theo Cài đặt “Thiếu số liệu” = loại trừ.',
    en: 'The unit “{unit}” has no row for {codes} in the sheet “{sheet}”: these criteria are left out under the setting “Thiếu số liệu” (Missing data) = exclude.',
  },
  rowsAbsentBothZero: {
    vi: 'Đơn vị “{unit}” không có dòng số liệu trong trang “{sheet}” cho {targets} (coi như không giao chỉ tiêu, không tính vào điểm tối đa) và cho {codes} (tính 0 điểm theo Cài đặt “Thiếu số liệu” = 0). Nếu thiếu sót, hãy thêm các dòng đó.',
    en: 'The unit “{unit}” has no row in the sheet “{sheet}” for {targets} (taken as not assigned, left out of its maximum) nor for {codes} (0 points under the setting “Thiếu số liệu” (Missing data) = 0). If rows were forgotten, add them.',
  },
  rowsAbsentBothExcluded: {
    vi: 'Đơn vị “{unit}” không có dòng số liệu trong trang “{sheet}” cho {targets} (coi như không giao chỉ tiêu) và cho {codes} (không được tính theo Cài đặt “Thiếu số liệu” = loại trừ). Nếu thiếu sót, hãy thêm các dòng đó.',
    en: 'The unit “{unit}” has no row in the sheet “{sheet}” for {targets} (taken as not assigned) nor for {codes} (left out under the setting “Thiếu số liệu” (Missing data) = exclude). If rows were forgotten, add them.',
  },
  leafWithoutRowsZero: {
    vi: 'Tiêu chí “{code}” không có số liệu của đơn vị nào trong trang “{sheet}”: mọi đơn vị được tính 0 điểm theo Cài đặt “Thiếu số liệu” = 0.',
    en: 'The criterion “{code}” has no figures for any unit in the sheet “{sheet}”: every unit scores 0 points under the setting “Thiếu số liệu” (Missing data) = 0.',
  },
  leafWithoutRowsExcluded: {
    vi: 'Tiêu chí “{code}” không có số liệu của đơn vị nào trong trang “{sheet}”: không được tính cho đơn vị nào theo Cài đặt “Thiếu số liệu” = loại trừ.',
    en: 'The criterion “{code}” has no figures for any unit in the sheet “{sheet}”: it is left out for every unit under the setting “Thiếu số liệu” (Missing data) = exclude.',
  },
  unequalMaxima: {
    vi: 'Điểm tối đa của các đơn vị khác nhau (từ {min} đến {max}: có tiêu chí không giao hoặc không tính) nhưng xếp hạng theo tổng điểm, nên đơn vị có điểm tối đa thấp hơn bị thiệt. Nên đặt Cài đặt “Xếp hạng theo” = “tỷ lệ”.',
    en: 'The units have different maxima ({min} to {max}: some criteria are not assigned or left out) but are ranked by total, so units with a lower maximum lose out. Consider the setting “Xếp hạng theo” (Rank by) = “tỷ lệ” (percent).',
  },
  // The vote (vote.md)
  ballotUnknownAward: {
    vi: 'Hình thức “{award}” không có ứng viên trong dự kiến đề nghị khen thưởng nên không bầu được.',
    en: 'The award “{award}” has no candidate in the draft nominations, so it cannot be voted on.',
  },
  ballotNotCandidate: {
    vi: 'Đơn vị “{unit}” không phải ứng viên của “{award}” (ứng viên: {candidates}).',
    en: 'The unit “{unit}” is not a candidate of “{award}” (candidates: {candidates}).',
  },
  ballotDuplicate: {
    vi: 'Phiếu “{ballot}” đã có dòng cho “{unit}” ở “{award}” (tại {first}); dòng này bị trùng.',
    en: 'The ballot “{ballot}” already has a row for “{unit}” on “{award}” (at {first}); this row is a duplicate.',
  },
  tooManyBallots: {
    vi: 'Có {received} phiếu, nhiều hơn số đại biểu ({voters}); phiếu “{ballot}” là phiếu thừa đầu tiên. Hãy kiểm tra “Phiếu số” hoặc “Số đại biểu” trong Cài đặt.',
    en: 'There are {received} ballots, more than the voters ({voters}); the ballot “{ballot}” is the first one too many. Check “Phiếu số” or “Số đại biểu” (Voters) in the settings.',
  },
  emptyBallotsSheet: {
    vi: 'Trang “{sheet}” chưa có phiếu nào: chưa kiểm phiếu.',
    en: 'The sheet “{sheet}” holds no ballot yet: the vote is not counted.',
  },
  // History and award conditions (cycle.md §2–3)
  badYears: {
    vi: '“{header}” phải là số năm nguyên từ 1 ({value}).',
    en: '“{header}” must be a whole number of years from 1 ({value}).',
  },
  conditionIncomplete: {
    vi: 'Có “{other}” nhưng thiếu “{header}”; điều kiện này không kiểm tra được.',
    en: '“{other}” is set but “{header}” is blank; this condition cannot be checked.',
  },
  badHistoryYear: {
    vi: 'Năm “{value}” không hợp lệ (cần một năm như 2023).',
    en: 'The year “{value}” is not valid (a year such as 2023 is expected).',
  },
  badHistoryPeriod: {
    vi: 'Kỳ “{value}” không hợp lệ: {hint} (để trống là năm).',
    en: 'The period “{value}” is not valid: {hint} (blank means the year).',
  },
  historyUnknownUnit: {
    vi: 'Đơn vị “{unit}” không có trong danh sách đơn vị, kể cả tên trước đây; dòng lịch sử này không được tính cho đơn vị nào (nếu đơn vị đã đổi tên, hãy ghi tên cũ vào cột “Tên trước đây” của trang Đơn vị).',
    en: 'The unit “{unit}” is not in the unit list, former names included; this history row counts for no unit (if the unit was renamed, put the old name in the “Tên trước đây” (Former names) column of the Units sheet).',
  },
  historyDuplicate: {
    vi: 'Dòng lịch sử trùng với dòng {first} (cùng năm, kỳ, đơn vị và khen thưởng); chỉ dùng dòng đầu.',
    en: 'This history row repeats row {first} (same year, period, unit and award); only the first is used.',
  },
  formerNameTaken: {
    vi: 'Tên trước đây “{name}” cũng là tên (hoặc tên trước đây) của đơn vị “{other}”; lịch sử dưới tên này được tính cho “{other}”.',
    en: 'The former name “{name}” is also the name (or a former name) of “{other}”; history under it counts for “{other}”.',
  },
  conditionNoHistory: {
    vi: 'Điều kiện “{condition}” của “{award}” cần trang Lịch sử nhưng sổ không có; điều kiện này CHƯA được kiểm tra.',
    en: 'The condition “{condition}” of “{award}” needs the History (Lịch sử) sheet, which the workbook lacks; this condition was NOT checked.',
  },
  conditionNoYear: {
    vi: 'Điều kiện “{condition}” của “{award}” cần biết năm đang xét (khóa “Năm” trong Cài đặt); điều kiện này CHƯA được kiểm tra.',
    en: 'The condition “{condition}” of “{award}” needs the current year (the “Năm” (Year) setting); this condition was NOT checked.',
  },
  compareNotFound: {
    vi: 'Lịch sử không có kỳ {period} để so sánh; không so sánh.',
    en: 'The history holds no period {period} to compare with; no comparison is made.',
  },
  // Unit submission forms and their consolidation (cycle.md §1)
  formNoMarker: {
    vi: 'Tệp không phải phiếu nhập của Thi đua (thiếu tên xác định {name}); hãy dùng phiếu do cụm trưởng gửi.',
    en: 'The file is not a Thi đua submission form (the defined name {name} is missing); use the form the cluster leader sent.',
  },
  formOtherCluster: {
    vi: 'Phiếu của “{value}”, không phải của “{expected}”.',
    en: 'The form is for “{value}”, not “{expected}”.',
  },
  formOtherCriteria: {
    vi: 'Bộ tiêu chí của phiếu (mã {value}) khác bộ tiêu chí hiện tại của cụm (mã {expected}); hãy gửi lại phiếu mới cho đơn vị.',
    en: 'The form’s criteria set (fingerprint {value}) differs from the cluster’s current one ({expected}); send the unit a new form.',
  },
  formNotMember: {
    vi: 'Đơn vị “{unit}” không phải thành viên của cụm.',
    en: 'The unit “{unit}” is not a member of the cluster.',
  },
  formOtherUnitRows: {
    vi: 'Phiếu của “{owner}” có dòng của đơn vị khác (“{unit}”).',
    en: 'The form of “{owner}” holds a row of another unit (“{unit}”).',
  },
  formDuplicateUnit: {
    vi: 'Hai tệp cùng là phiếu của “{unit}”: {first} và {second}; hãy bỏ bớt một tệp rồi gộp lại.',
    en: 'Two files are forms of “{unit}”: {first} and {second}; remove one and consolidate again.',
  },
  formHasErrors: {
    vi: 'Phiếu có {count} lỗi (xem các dòng trên); đơn vị sửa rồi gửi lại.',
    en: 'The form has {count} error(s) (listed above); the unit fixes them and sends it again.',
  },
  formUnknownRow: {
    vi: 'Tiêu chí “{code}” không phải tiêu chí được chấm của cụm.',
    en: '“{code}” is not a scored criterion of the cluster.',
  },
  formTargetDiffers: {
    vi: 'Chỉ tiêu trong phiếu ({value}) khác chỉ tiêu của cụm ({expected}); giữ chỉ tiêu của cụm.',
    en: 'The form’s target ({value}) differs from the cluster’s ({expected}); the cluster’s is kept.',
  },
  formConflictKept: {
    vi: 'Xung đột: ô {cell} của cụm đã có “{old}”, phiếu ghi “{value}”; giữ giá trị của cụm.',
    en: 'Conflict: the cluster’s cell {cell} holds “{old}”, the form says “{value}”; the cluster’s value is kept.',
  },
  formConflictReplaced: {
    vi: 'Xung đột: ô {cell} của cụm có “{old}”, được thay bằng “{value}” của phiếu.',
    en: 'Conflict: the cluster’s cell {cell} held “{old}”; replaced by the form’s “{value}”.',
  },
  formColumnAdded: {
    vi: 'Trang số liệu của cụm chưa có cột “{header}”; đã thêm cột ở ô {cell}.',
    en: 'The cluster’s data sheet had no “{header}” column; it was added at {cell}.',
  },
  consolidateNeedsLong: {
    vi: 'Gộp phiếu cần trang “Số liệu” dạng dọc (mỗi dòng một đơn vị và một tiêu chí).',
    en: 'Consolidation needs the long “Số liệu” (Data) sheet, one row per unit and criterion.',
  },
  formUnreadable: {
    vi: 'Không đọc được tệp như một sổ Excel .xlsx.',
    en: 'The file cannot be read as an Excel .xlsx workbook.',
  },
  chartNotWritten: {
    vi: 'Sổ này được ghi lại toàn bộ bằng cách dự phòng, cách này không vẽ được biểu đồ: trang “{sheet}” không có biểu đồ điểm theo nhóm (các số liệu vẫn đầy đủ).',
    en: 'This workbook was rewritten the fallback way, which cannot draw charts: the sheet “{sheet}” has no chart of the points by group (the figures are all there).',
  },
  ranksChartNotWritten: {
    vi: 'Sổ này được ghi lại toàn bộ bằng cách dự phòng, cách này không vẽ được biểu đồ: trang “{sheet}” không có biểu đồ thứ hạng qua các kỳ (các số liệu vẫn đầy đủ).',
    en: 'This workbook was rewritten the fallback way, which cannot draw charts: the sheet “{sheet}” has no chart of the ranks over the periods (the figures are all there).',
  },
} as const satisfies Area);
