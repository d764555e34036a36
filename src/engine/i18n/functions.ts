/**
 * The custom functions' own words: their error messages and the headers of their spilled tables,
 * Vietnamese and English side by side. They answer in Office's display language (functions/lang.ts);
 * `{param}` is a parameter's name as that language's tooltip shows it.
 */
import { register } from './table';
import type { Area } from './template';

export const FUNCTIONS = register('fn', {
  // Arguments (functions/args.ts)
  notNumber: { vi: '“{param}”: “{value}” không phải là số.', en: '“{param}”: “{value}” is not a number.' },
  about: { vi: '“{param}”: {message}', en: '“{param}”: {message}' },
  notOneCell: { vi: '“{param}” phải là một ô, không phải một vùng {cells} ô.', en: '“{param}” must be one cell, not a range of {cells} cells.' },
  unexpected: { vi: 'Lỗi không mong đợi khi tính: {detail}', en: 'Unexpected error while computing: {detail}' },
  // Target figures (functions/figure.ts)
  tinyTarget: {
    vi: '“{param}” {value} quá gần 0 để tính tỷ lệ hoàn thành.',
    en: '“{param}” {value} is too close to 0 for a completion ratio.',
  },
  needBestRatio: {
    vi: 'Cách tính so với dẫn đầu: tỷ lệ vượt 100%, cần “{param}” (tỷ lệ cao nhất của cụm) để tính điểm.',
    en: 'Relative method: the ratio is over 100%, so “{param}” (the best ratio of the cluster) is needed for the points.',
  },
  // A bare argument whose format a function cannot see (functions/unseen-figures.ts)
  percentArg: {
    vi: '“{param}” là {value}, tức {read}% nếu ô định dạng phần trăm; chỉ cách đọc {read} cho tỷ lệ thực hiện/chỉ tiêu ({actual}/{target}) trong khoảng 1/20 đến 20. Hàm không thấy định dạng ô nên không tự đoán: hãy nhập {read} thay cho {read}% (ô định dạng Số, chỉ tiêu và thực hiện cùng là số); nếu đúng là {value}, hãy kiểm tra lại “{otherParam}”.',
    en: '“{param}” is {value}, that is {read}% if its cell is formatted as a percent; only the reading {read} puts actual/target ({actual}/{target}) between 1/20 and 20. A function cannot see cell formats and does not guess: enter {read} instead of {read}% (a Number cell; target and actual both plain numbers); if it really is {value}, check “{otherParam}”.',
  },
  percentTextArg: {
    vi: '“{param}” là “{value}”, có thể là {other} hoặc {read}: chỉ cách đọc {read} cho tỷ lệ thực hiện/chỉ tiêu trong khoảng 1/20 đến 20. Hàm không tự đoán: nếu là {read}, hãy nhập {read} (một số, không kèm %; chỉ tiêu và thực hiện cùng là số, hoặc cùng là %).',
    en: '“{param}” is “{value}”, which could be {other} or {read}: only the reading {read} puts actual/target between 1/20 and 20. A function does not guess: if it is {read}, enter {read} (a number, no %; target and actual both plain numbers, or both in %).',
  },
  dateArg: {
    vi: '“{param}” là {value}, có thể là ngày {date}: Excel lưu ngày {date} là số {value}, và hàm không thấy định dạng ô. Số này lớn hơn 20 lần “{otherParam}” ({other}). Nếu ô là ngày tháng, hãy định dạng ô là Số (Number) và nhập lại số liệu; nếu đúng là {value}, hãy kiểm tra lại “{otherParam}”; nếu cả hai đều đúng, hãy nhập số này vào ô dưới dạng chữ (gõ \'{value}).',
    en: '“{param}” is {value}, which may be the date {date}: Excel stores {date} as {value}, and a function cannot see cell formats. It is over 20 times “{otherParam}” ({other}). If the cell holds a date, format it as Number and enter the figure again; if it really is {value}, check “{otherParam}”; if both are right, enter the number in its cell as text (type \'{value}).',
  },
  // A relative criterion's best ratio (functions/unseen-figures.ts refuseUnseenBestRatio)
  bestRatioPercent: {
    vi: '“{param}” là {value}, tức {percent}% nếu là tỷ lệ; tỷ lệ của đơn vị là {ratio}%, mà tỷ lệ cao nhất của cụm không thể thấp hơn và hiếm khi gấp quá 20 lần. Hàm không tự đoán: nếu tỷ lệ cao nhất là {value}%, hãy nhập {value}% hoặc {read} (một tỷ lệ, như THIDUA.TYLE trả về).',
    en: '“{param}” is {value}, that is {percent}% as a ratio; the unit’s own ratio is {ratio}%, and the cluster’s best can be no lower and is rarely over 20 times it. A function does not guess: if the best ratio is {value}%, enter {value}% or {read} (a ratio, as THIDUA.RATE returns it).',
  },
  bestRatioDate: {
    vi: '“{param}” là {value}, có thể là ngày {date}: Excel lưu ngày {date} là số {value}, và hàm không thấy định dạng ô. Tỷ lệ cao nhất của cụm là một tỷ lệ không thấp hơn tỷ lệ của đơn vị ({ratio}%), ví dụ 2 hoặc 200%: hãy kiểm tra lại ô này.',
    en: '“{param}” is {value}, which may be the date {date}: Excel stores {date} as {value}, and a function cannot see cell formats. The cluster’s best ratio is a ratio no lower than the unit’s own ({ratio}%), such as 2 or 200%: check this cell.',
  },
  noActual: { vi: 'Thiếu số liệu thực hiện: chưa có tỷ lệ.', en: 'No actual figure: no ratio yet.' },
  noTarget: {
    vi: 'Không giao chỉ tiêu (chỉ tiêu để trống, hoặc bằng 0 khi tăng là tốt): không tính.',
    en: 'No target assigned (the target is blank, or 0 when higher is better): not counted.',
  },
  // THIDUA.RANK (functions/rank.ts)
  notFound: {
    vi: 'Không tìm thấy giá trị này (cùng các giá trị phụ) trong cột giá trị.',
    en: 'This value (with its tie-break values) is not in the column of values.',
  },
  rankStyleParam: { vi: '{param} (kiểu xếp hạng)', en: '{param} (rank style)' },
  rankOptionsNotText: {
    vi: 'Tham số cuối của THIDUA.RANK phải là chữ như “liên tục” hoặc “đồng hạng; giảm”, không phải {value}.',
    en: 'The last argument of THIDUA.RANK must be words such as “dense” or “competition; lower”, not {value}.',
  },
  rankOptionUnknown: {
    vi: '“{word}” không hợp lệ trong tham số cuối của THIDUA.RANK; dùng một kiểu xếp hạng (đồng hạng, liên tục) và chiều của từng tiêu chí phụ (tăng, giảm).',
    en: '“{word}” is not valid in the last argument of THIDUA.RANK; use one rank style (competition, dense) and the direction of each tie-break (higher, lower).',
  },
  tooManyDirections: {
    vi: 'Có {directions} chữ chỉ chiều nhưng chỉ có {pairs} tiêu chí phụ.',
    en: 'There are {directions} direction words but only {pairs} tie-break(s).',
  },
  tieColumn: { vi: '{param} {n} (cột)', en: '{param} {n} (column)' },
  columnCell: { vi: '{column}, ô thứ {n}', en: '{column}, cell {n}' },
  columnSize: {
    vi: 'Vùng “{column}” có {cells} ô, phải có cùng số ô với “{values}” ({count} ô).',
    en: 'The range “{column}” has {cells} cells; it must have as many as “{values}” ({count} cells).',
  },
  // THIDUA.RESULTS and NOMINATIONS (functions/cluster.ts, ranges.ts; their headers are the column tables')
  moreErrors: {
    vi: ' (còn {more} lỗi khác, xem đầy đủ trong ngăn Thi đua)',
    en: ' ({more} more error(s); the Thi đua pane lists them all)',
  },
  notRanked: { vi: 'Không xếp hạng được các đơn vị.', en: 'The units could not be ranked.' },
  inRangeAt: { vi: '{cell} (vùng “{param}”)', en: '{cell} (range “{param}”)' },
  inRange: { vi: 'Vùng “{param}”, ô {cell} tính trong vùng', en: 'Range “{param}”, cell {cell} counted within the range' },
  // THIDUA.VOTE (functions/vote.ts)
  notWholeVotes: { vi: '“{param}”: {value} phải là số nguyên (số phiếu).', en: '“{param}”: {value} must be a whole number (of votes).' },
  badThreshold: {
    vi: '“{param}”: “{value}” không phải quá bán hay một tỷ lệ (70%, 2/3, 0,7).',
    en: '“{param}”: “{value}” is neither a majority nor a share (70%, 2/3, 0.7).',
  },
  zeroBase: { vi: '“{param}” phải lớn hơn 0.', en: '“{param}” must be more than 0.' },
  votesOverBase: { vi: '“{votes}” ({v}) lớn hơn “{base}” ({b}).', en: '“{votes}” ({v}) is more than “{base}” ({b}).' },
} as const satisfies Area);
