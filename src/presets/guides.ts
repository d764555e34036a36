/**
 * What a template does to guide its user (issue 10, item 8): drop-down lists for the choice
 * columns (Loại, Chiều, Cách tính, Bắt buộc, Kỷ luật, Phạm vi), number ranges where a number is
 * expected, an input message on every guided column in the template's language, the setting keys
 * as a list, and each setting's value cell guided by what its key allows. Mistyped values are
 * warned about, not refused (the reader still names every bad cell). The blank template lists
 * every setting with its default, its hint in the value cell's input message.
 */
import { KIND_NAMES, kindText, methodText } from '../engine/kinds';
import { methodNames } from '../engine/methods';
import type { Lang } from '../engine/model';
import { listFormula, type Validation } from '../workbook/document';
import { columnLetter, type Cell } from '../workbook/grid';
import type { SettingKey } from '../workbook/schema';
import { SETTING_KEYS } from '../workbook/schema';

type Words = Record<Lang, readonly string[]>;

/** The words of each choice, as the reader accepts them (test/presets/guides.test.ts checks it). */
export const CHOICES = {
  kind: { vi: KIND_NAMES.map((k) => kindText(k, 'vi')), en: KIND_NAMES.map((k) => kindText(k, 'en')) },
  direction: { vi: ['tăng', 'giảm'], en: ['higher', 'lower'] },
  method: { vi: methodNames().map((m) => methodText(m, 'vi')), en: methodNames().map((m) => methodText(m, 'en')) },
  yesNo: { vi: ['có', 'không'], en: ['yes', 'no'] },
  scope: { vi: ['toàn diện', 'chuyên đề'], en: ['overall', 'thematic'] },
  missing: { vi: ['0', 'loại trừ', 'lỗi'], en: ['zero', 'exclude', 'error'] },
  rankBy: { vi: ['tổng điểm', 'tỷ lệ'], en: ['total', 'percent'] },
  rankStyle: { vi: ['đồng hạng', 'liên tục'], en: ['competition', 'dense'] },
} satisfies Record<string, Words>;

type Prompt = Record<Lang, { title: string; text: string }>;

const P = (viTitle: string, vi: string, enTitle: string, en: string): Prompt => ({ vi: { title: viTitle, text: vi }, en: { title: enTitle, text: en } });

/** A guided column: its rule and its input message. */
interface ColumnGuide {
  rule: Pick<Validation, 'kind' | 'min' | 'max'> & { words?: Words };
  prompt: Prompt;
}

const COLUMN_GUIDES: Record<string, Record<string, ColumnGuide>> = {
  criteria: {
    kind: {
      rule: { kind: 'list', words: CHOICES.kind },
      prompt: P('Loại', 'nhóm: nhóm tiêu chí; định lượng: có chỉ tiêu và thực hiện; đạt/không đạt; đếm; chấm điểm; thưởng; trừ.', 'Kind', 'group; target: a target and an actual; passfail; count; manual; bonus; penalty.'),
    },
    max: { rule: { kind: 'decimal', min: 0 }, prompt: P('Điểm chuẩn', 'Điểm tối đa của tiêu chí (số ≥ 0); với nhóm là tổng điểm của nhóm.', 'Max points', 'The most points of the criterion (a number ≥ 0); for a group, its total.') },
    direction: { rule: { kind: 'list', words: CHOICES.direction }, prompt: P('Chiều', 'tăng: càng cao càng tốt; giảm: càng thấp càng tốt (để trống là tăng).', 'Direction', 'higher: more is better; lower: less is better (blank is higher).') },
    method: {
      rule: { kind: 'list', words: CHOICES.method },
      prompt: P('Cách tính', 'tỷ lệ: điểm theo tỷ lệ thực hiện/chỉ tiêu; ngưỡng: đủ điểm khi đạt chỉ tiêu; so với dẫn đầu: theo đơn vị cao nhất.', 'Method', 'proportional: points by actual/target; threshold: full points once the target is met; relative: against the leading unit.'),
    },
    bonusPerPercent: { rule: { kind: 'decimal', min: 0 }, prompt: P('Thưởng mỗi 1% vượt', 'Điểm thưởng cho mỗi 1% vượt chỉ tiêu (số ≥ 0).', 'Bonus per percent', 'Bonus points per 1% over the target (a number ≥ 0).') },
    bonusCap: { rule: { kind: 'decimal', min: 0 }, prompt: P('Thưởng tối đa', 'Điểm thưởng vượt tối đa của tiêu chí (số ≥ 0).', 'Bonus cap', 'The most bonus points of the criterion (a number ≥ 0).') },
    pointsPerUnit: { rule: { kind: 'decimal', min: 0 }, prompt: P('Điểm mỗi đơn vị', 'Với tiêu chí đếm, thưởng, trừ: điểm cho mỗi lần (số ≥ 0).', 'Points per unit', 'For count, bonus and penalty criteria: points per occurrence (≥ 0).') },
    mandatory: { rule: { kind: 'list', words: CHOICES.yesNo }, prompt: P('Bắt buộc', 'có: đơn vị không đạt tiêu chí này không được đề nghị khen thưởng.', 'Mandatory', 'yes: a unit below this criterion is not proposed for an award.') },
  },
  data: {
    target: { rule: { kind: 'any' }, prompt: P('Chỉ tiêu', 'Chỉ tiêu được giao (số); để trống nếu không giao.', 'Target', 'The target set (a number); blank when none was set.') },
    actual: { rule: { kind: 'any' }, prompt: P('Thực hiện', 'Kết quả thực hiện (số, hoặc có/không với tiêu chí đạt/không đạt).', 'Actual', 'The result (a number, or yes/no for a pass/fail criterion).') },
  },
  units: {
    disciplined: { rule: { kind: 'list', words: CHOICES.yesNo }, prompt: P('Kỷ luật', 'có: đơn vị bị kỷ luật trong kỳ, không được đề nghị khen thưởng.', 'Disciplined', 'yes: the unit was disciplined in the period and is not proposed.') },
  },
  awards: {
    scope: { rule: { kind: 'list', words: CHOICES.scope }, prompt: P('Phạm vi', 'toàn diện: theo tổng điểm; chuyên đề: theo một tiêu chí (cột Tiêu chí).', 'Scope', 'overall: by the total; thematic: by one criterion (the Criterion column).') },
    quota: { rule: { kind: 'whole', min: 0 }, prompt: P('Số lượng', 'Số đơn vị tối đa được đề nghị (số nguyên ≥ 0).', 'Quota', 'The most units proposed (a whole number ≥ 0).') },
    minScore: { rule: { kind: 'decimal', min: 0 }, prompt: P('Điểm tối thiểu', 'Tổng điểm tối thiểu để được đề nghị.', 'Min score', 'The least total to be proposed.') },
  },
};

/** Each setting's rule and hint. */
const SETTING_GUIDES: Record<SettingKey, { rule?: ColumnGuide['rule']; hint: Record<Lang, string>; default: Record<Lang, Cell> }> = {
  cluster: { hint: { vi: 'Tên cụm, khối thi đua (mặc định: tên tệp).', en: 'The cluster’s name (default: the file name).' }, default: { vi: null, en: null } },
  year: { rule: { kind: 'whole', min: 1900, max: 2200 }, hint: { vi: 'Năm thi đua, ví dụ 2024.', en: 'The year, e.g. 2024.' }, default: { vi: null, en: null } },
  period: { hint: { vi: 'Kỳ: năm, 6 tháng đầu năm…', en: 'The period: year, first half…' }, default: { vi: null, en: null } },
  decimals: { rule: { kind: 'whole', min: 0, max: 6 }, hint: { vi: 'Số chữ số thập phân của điểm, 0–6 (mặc định 2).', en: 'Decimals of the points, 0–6 (default 2).' }, default: { vi: 2, en: 2 } },
  missing: { rule: { kind: 'list', words: CHOICES.missing }, hint: { vi: 'Thiếu số liệu: 0 (tính 0 điểm), loại trừ, lỗi (mặc định 0).', en: 'Missing data: zero, exclude, error (default zero).' }, default: { vi: '0', en: 'zero' } },
  rankBy: { rule: { kind: 'list', words: CHOICES.rankBy }, hint: { vi: 'Xếp hạng theo tổng điểm hoặc tỷ lệ (mặc định tổng điểm).', en: 'Rank by total or percent (default total).' }, default: { vi: 'tổng điểm', en: 'total' } },
  rankStyle: { rule: { kind: 'list', words: CHOICES.rankStyle }, hint: { vi: 'đồng hạng: 1, 1, 3; liên tục: 1, 1, 2 (mặc định đồng hạng).', en: 'competition: 1, 1, 3; dense: 1, 1, 2 (default competition).' }, default: { vi: 'đồng hạng', en: 'competition' } },
  tieBreaks: { hint: { vi: 'Khi bằng điểm, lần lượt: mã tiêu chí; số tiêu chí vượt; điểm trừ; điểm thưởng (cách nhau bởi ;).', en: 'On equal totals, in turn: a criterion code; exceeded; penalty; bonus (separated by ;).' }, default: { vi: null, en: null } },
  classification: { hint: { vi: 'Xếp loại theo tỷ lệ điểm: Xuất sắc 90; Tốt 80; Khá 65; Trung bình 50; Yếu 0.', en: 'Classes by percent: Xuất sắc 90; Tốt 80; Khá 65; Trung bình 50; Yếu 0.' }, default: { vi: 'Xuất sắc 90; Tốt 80; Khá 65; Trung bình 50; Yếu 0', en: 'Xuất sắc 90; Tốt 80; Khá 65; Trung bình 50; Yếu 0' } },
  oneAwardPerUnit: { rule: { kind: 'list', words: CHOICES.yesNo }, hint: { vi: 'có: mỗi đơn vị chỉ nhận một hình thức khen thưởng (mặc định có).', en: 'yes: one award per unit at most (default yes).' }, default: { vi: 'có', en: 'yes' } },
  selfScoreGap: { hint: { vi: 'Cảnh báo khi tự chấm chênh điểm thẩm định quá mức này (mặc định 5%).', en: 'Warn when a self score differs from the appraised one by more (default 5%).' }, default: { vi: '5%', en: '5%' } },
  totalBonusCap: { rule: { kind: 'decimal', min: 0 }, hint: { vi: 'Tổng điểm thưởng tối đa của một đơn vị (để trống: không giới hạn).', en: 'The most bonus points of a unit in all (blank: no limit).' }, default: { vi: null, en: null } },
  managingBody: { hint: { vi: 'Văn bản: cơ quan chủ quản (dòng trên cùng bên trái), ví dụ UBND THÀNH PHỐ HẢI PHÒNG.', en: 'Documents: the managing body (top left line).' }, default: { vi: null, en: null } },
  issuingBody: { hint: { vi: 'Văn bản: cơ quan ban hành (mặc định: tên cụm).', en: 'Documents: the issuing body (default: the cluster’s name).' }, default: { vi: null, en: null } },
  reference: { hint: { vi: 'Văn bản: số, ký hiệu, ví dụ 12/TTr-CTĐ.', en: 'Documents: the reference number, e.g. 12/TTr-CTĐ.' }, default: { vi: null, en: null } },
  place: { hint: { vi: 'Văn bản: địa danh, ví dụ Hải Phòng.', en: 'Documents: the place name.' }, default: { vi: null, en: null } },
  signDate: { hint: { vi: 'Văn bản: ngày ký (dd/mm/yyyy); để trống để viết tay ngày … tháng … năm ….', en: 'Documents: the date signed (dd/mm/yyyy); blank leaves it to fill by hand.' }, default: { vi: null, en: null } },
  authority: { hint: { vi: 'Văn bản: thẩm quyền ký, ví dụ TM. CỤM THI ĐUA.', en: 'Documents: the authority line, e.g. TM. CỤM THI ĐUA.' }, default: { vi: null, en: null } },
  signerTitle: { hint: { vi: 'Văn bản: chức vụ người ký, ví dụ CỤM TRƯỞNG.', en: 'Documents: the signer’s title.' }, default: { vi: null, en: null } },
  signer: { hint: { vi: 'Văn bản: họ tên người ký.', en: 'Documents: the signer’s name.' }, default: { vi: null, en: null } },
  voters: { rule: { kind: 'whole', min: 1 }, hint: { vi: 'Bỏ phiếu: số đại biểu được bầu (mặc định: số đơn vị).', en: 'Vote: the members entitled to vote (default: the number of units).' }, default: { vi: null, en: null } },
  voteThreshold: { hint: { vi: 'Bỏ phiếu: quá bán, hoặc một tỷ lệ như 70%, 2/3 (mặc định quá bán).', en: 'Vote: majority, or a share such as 70%, 2/3 (default majority).' }, default: { vi: 'quá bán', en: 'majority' } },
  voteBase: { rule: { kind: 'list', words: { vi: ['số đại biểu', 'số phiếu hợp lệ'], en: ['voters', 'valid'] } }, hint: { vi: 'Bỏ phiếu: tỷ lệ tính trên số đại biểu hoặc số phiếu hợp lệ (mặc định số đại biểu).', en: 'Vote: shares of the voters or of the valid ballots (default voters).' }, default: { vi: 'số đại biểu', en: 'voters' } },
  quorum: { hint: { vi: 'Bỏ phiếu: số đại biểu có mặt tối thiểu, như 2/3 hoặc 50% (để trống: không kiểm tra).', en: 'Vote: the quorum, e.g. 2/3 or 50% (blank: no check).' }, default: { vi: null, en: null } },
  voteTie: { rule: { kind: 'list', words: { vi: ['bỏ phiếu lại', 'theo thứ hạng'], en: ['revote', 'rank'] } }, hint: { vi: 'Bỏ phiếu: khi bằng phiếu ở suất cuối, bỏ phiếu lại hoặc theo thứ hạng (mặc định bỏ phiếu lại).', en: 'Vote: a tie at the last seat goes to a revote or to the better rank (default revote).' }, default: { vi: 'bỏ phiếu lại', en: 'revote' } },
  compareWith: { hint: { vi: 'So sánh với kỳ trước trong Lịch sử, ví dụ 2023 hoặc 2024 6 tháng (để trống: kỳ gần nhất trước kỳ này).', en: 'Compare with an earlier period of the History, e.g. 2023 or 2024 6 tháng (blank: the latest before this one).' }, default: { vi: null, en: null } },
  deadline: { hint: { vi: 'Phiếu nhập: hạn nộp phiếu của các đơn vị, ví dụ 15/11/2024.', en: 'Unit forms: the deadline for the units’ forms, e.g. 15/11/2024.' }, default: { vi: null, en: null } },
  recipients: { hint: { vi: 'Văn bản: nơi nhận, cách nhau bởi dấu ; ví dụ Như trên; Lưu: VT.', en: 'Documents: the recipients, separated by ;.' }, default: { vi: null, en: null } },
};

/** Rows a template guides below its header. */
export const GUIDED_ROWS = 500;

function validation(area: string, rule: ColumnGuide['rule'], lang: Lang, prompt?: { title: string; text: string }): Validation {
  const values = rule.words?.[lang];
  return { area, kind: rule.kind, ...(values ? { values: [...values] } : {}), ...(rule.min !== undefined ? { min: rule.min } : {}), ...(rule.max !== undefined ? { max: rule.max } : {}), ...(prompt ? { prompt } : {}) };
}

/**
 * The validations of a template sheet: `keys` are its columns' keys in order, `header` the
 * 0-based header row, `rows` the data rows written below it.
 */
export function sheetGuides(sheetKey: string, keys: readonly string[], header: number, rows: readonly Cell[][], lang: Lang): Validation[] {
  const guides = COLUMN_GUIDES[sheetKey] ?? {};
  const first = header + 2;
  const last = header + 1 + Math.max(GUIDED_ROWS, rows.length + 100);
  const out: Validation[] = [];
  keys.forEach((key, j) => {
    const g = guides[key];
    if (!g) return;
    const letter = columnLetter(j);
    out.push(validation(`${letter}${first}:${letter}${last}`, g.rule, lang, g.prompt[lang]));
  });
  if (sheetKey !== 'settings') return out;
  // The key column: the setting keys; each value cell: what its key allows, with its hint.
  // Excel takes a list of at most 255 characters: past that, the key cells keep only their message
  // (every setting is already a row of the template, with its hint on its value cell).
  const keyWords: string[] = SETTING_KEYS.map((k) => k[lang]);
  const keyPrompt = lang === 'vi' ? { title: 'Khóa', text: 'Chọn một khóa cài đặt; khóa nào không ghi thì dùng giá trị mặc định.' } : { title: 'Key', text: 'Pick a setting; a setting not listed keeps its default.' };
  out.push(listFormula(keyWords).length <= 255 ? { area: `A${first}:A${last}`, kind: 'list', values: keyWords, prompt: keyPrompt } : { area: `A${first}:A${last}`, kind: 'any', prompt: keyPrompt });
  rows.forEach((row, i) => {
    const label = typeof row[0] === 'string' ? row[0] : '';
    const spec = SETTING_KEYS.find((k) => k.vi === label || k.en === label);
    if (!spec) return;
    const g = SETTING_GUIDES[spec.key];
    const cell = `B${first + i}`;
    const prompt = { title: spec[lang], text: g.hint[lang] };
    out.push(validation(cell, g.rule ?? { kind: 'any' }, lang, prompt));
  });
  return out;
}

/** The blank template's `Cài đặt` rows: every setting, its default value (blank where it has none). */
export function defaultSettingRows(lang: Lang): Cell[][] {
  return SETTING_KEYS.map((k) => [k[lang], SETTING_GUIDES[k.key].default[lang]]);
}
