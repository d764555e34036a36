/**
 * The `Cài đặt` settings as ONE table (issue 11, item 3). Each entry says everything about a setting:
 * the key words users type (vi, en, aliases), its zod schema with its default, how its value cell is
 * read (`parse`), the hint a bad value is told with, and what the template writes for it (its value
 * in the blank template, its data-validation rule and its input message). From this table come the
 * zod schema and the `Settings` type (engine/settings.ts, engine/model.ts), the reader
 * (workbook/read-settings.ts), the key words and choice words (workbook/schema.ts) and the
 * template's `Cài đặt` rows and guides (presets/guides.ts). Adding a setting is one entry here
 * (docs/architecture.md, "Adding a setting").
 *
 * The engine stays pure: a parser is a description (`text()`, `choice(…)`, …) that the workbook
 * reader implements once per kind (workbook/setting-parsers.ts); a setting of a known kind needs no code.
 */
import * as z from 'zod/mini';
import type { Band } from './model';
import { normalizeKey } from './names';

/** The default classification bands of workbook-format.md. */
export const DEFAULT_BANDS: readonly Band[] = [
  { name: 'Xuất sắc', min: 90 },
  { name: 'Tốt', min: 80 },
  { name: 'Khá', min: 65 },
  { name: 'Trung bình', min: 50 },
  { name: 'Yếu', min: 0 },
];

const TieBreakSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('criterion'), code: z.string().check(z.minLength(1)) }),
  z.object({ kind: z.literal('exceeded') }),
  z.object({ kind: z.literal('penalty') }),
  z.object({ kind: z.literal('bonus') }),
]);

const FractionSchema = z.object({ num: z.int().check(z.minimum(1)), den: z.int().check(z.minimum(1)) });

/** One value of a choice: the word shown in each language (the template's list), and other accepted words. */
export interface ChoiceWord {
  vi: string;
  en: string;
  aliases?: readonly string[];
}
export type ChoiceWords<T extends string> = Readonly<Record<T, ChoiceWord>>;

/** The kinds of value cell the reader knows how to read (one implementation each, workbook/setting-parsers.ts). */
export type ParserKind = 'text' | 'dateText' | 'number' | 'share' | 'yesNo' | 'choice' | 'tieBreaks' | 'bands' | 'voteShare' | 'compareWith' | 'deadline';

/**
 * How a value cell is read; `T` is what it reads as (a phantom type, checked against the entry's
 * schema). Every failure is a `badSetting` diagnostic at the value cell, naming the key and the hint.
 */
export interface ValueParser<T> {
  readonly kind: ParserKind;
  /** `choice`, `tieBreaks`: the words accepted. */
  readonly words?: ChoiceWords<string>;
  /** `voteShare`: `quá bán` (majority) is accepted too. */
  readonly majority?: boolean;
  /** Never set: carries the type read. */
  readonly _reads?: T;
}

const parser = <T>(kind: ParserKind, extra: Omit<ValueParser<T>, 'kind' | '_reads'> = {}): ValueParser<T> => ({ kind, ...extra });
/** Text as typed (a number cell is an error). */
export const text = (): ValueParser<string> => parser('text');
/** Text; a number (a date cell's serial) is kept as its text. */
export const dateText = (): ValueParser<string> => parser('dateText');
/** A number (Vietnamese or plain notation; an ambiguous `1.234` is refused). */
export const number = (): ValueParser<number> => parser('number');
/** A share: `5%`, `0,05`, `5` alike; reads as the fraction. */
export const share = (): ValueParser<number> => parser('share');
/** có/không, yes/no, x, 1/0. */
export const yesNo = (): ValueParser<boolean> => parser('yesNo');
/** One of the words of `words`, matched without diacritics, spaces or "/". */
export const choice = <T extends string>(words: ChoiceWords<T>): Omit<ValueParser<T>, 'words'> & { readonly words: ChoiceWords<T> } => ({ kind: 'choice', words });

export type TieBreakValue = z.output<typeof TieBreakSchema>;
export type FractionValue = z.output<typeof FractionSchema>;

/** The words of the tie-break chain other than a criterion code. */
export const TIE_BREAK_WORDS: ChoiceWords<'exceeded' | 'penalty' | 'bonus'> = {
  exceeded: { vi: 'số tiêu chí vượt', en: 'exceeded' },
  penalty: { vi: 'điểm trừ', en: 'penalty' },
  bonus: { vi: 'điểm thưởng', en: 'bonus' },
};

/** A template guide rule for a value cell (workbook/document.ts Validation, without its area). */
export interface SettingRule {
  kind: 'list' | 'decimal' | 'whole' | 'any';
  min?: number;
  max?: number;
  words?: Readonly<Record<'vi' | 'en', readonly string[]>>;
}

/** A cell value the template writes or a user types. */
export type SettingCell = string | number | boolean | null;

export interface SettingEntry<S extends z.ZodMiniType> {
  /** The key as the Vietnamese template writes it. */
  vi: string;
  /** The key as the English template writes it. */
  en: string;
  /** Other key words accepted (never written). */
  aliases?: readonly string[];
  /** Type, checks and default (`param ?? default`). */
  schema: S;
  /** How the value cell is read. */
  parse: ValueParser<NonNullable<z.input<S>>>;
  /** What a bad value is told with (`badSetting`'s hint): the accepted forms or an example. */
  hint: string;
  /** The template: the value cell's input message, per language. */
  guide: Readonly<Record<'vi' | 'en', string>>;
  /** The template: its value in the blank template, per language (null: blank). */
  template: Readonly<Record<'vi' | 'en', SettingCell>>;
  /** The template: the value cell's rule (default: a `choice` gets the list of its words; others only the message). */
  rule?: SettingRule;
  /** An example value cell and what it reads as (test/workbook/settings-table.test.ts reads each back). */
  example: { cell: SettingCell; reads: z.output<S> };
}

/** An entry, checked: its parser reads what its schema takes, its example reads as the schema's type. */
const setting = <S extends z.ZodMiniType, P extends ValueParser<NonNullable<z.input<S>>>>(entry: SettingEntry<S> & { parse: P }): Omit<SettingEntry<S>, 'parse'> & { parse: P } => entry;
const BLANK = { vi: null, en: null } as const;
/** Optional text (documents' lines and the like): blank keeps null. */
const optionalText = z._default(z.nullable(z.string()), null);

/**
 * The settings, in the order of the template's `Cài đặt` rows. The English key words and hints are
 * as users of the English template see them.
 */
export const SETTINGS = {
  // A `Khối thi đua` is a cluster too (domain.md): its leaders write `Tên khối`.
  cluster: setting({
    vi: 'Tên cụm',
    en: 'Cluster',
    aliases: ['Tên khối', 'Tên cụm thi đua', 'Tên khối thi đua', 'Block'],
    schema: optionalText,
    parse: text(),
    hint: '',
    guide: { vi: 'Tên cụm, khối thi đua (mặc định: tên tệp).', en: 'The cluster’s name (default: the file name).' },
    template: BLANK,
    example: { cell: 'Cụm thi đua số 1', reads: 'Cụm thi đua số 1' },
  }),
  year: setting({
    vi: 'Năm',
    en: 'Year',
    schema: z._default(z.nullable(z.int()), null),
    parse: number(),
    hint: '2024',
    guide: { vi: 'Năm thi đua, ví dụ 2024.', en: 'The year, e.g. 2024.' },
    template: BLANK,
    rule: { kind: 'whole', min: 1900, max: 2200 },
    example: { cell: 2024, reads: 2024 },
  }),
  period: setting({
    vi: 'Kỳ',
    en: 'Period',
    schema: optionalText,
    parse: text(),
    hint: '',
    guide: { vi: 'Kỳ: năm, 6 tháng đầu năm…', en: 'The period: year, first half…' },
    template: BLANK,
    example: { cell: '6 tháng đầu năm', reads: '6 tháng đầu năm' },
  }),
  decimals: setting({
    vi: 'Số chữ số thập phân',
    en: 'Decimals',
    schema: z._default(z.int().check(z.minimum(0), z.maximum(6)), 2),
    parse: number(),
    hint: '0–6',
    guide: { vi: 'Số chữ số thập phân của điểm, 0–6 (mặc định 2).', en: 'Decimals of the points, 0–6 (default 2).' },
    template: { vi: 2, en: 2 },
    rule: { kind: 'whole', min: 0, max: 6 },
    example: { cell: '3', reads: 3 },
  }),
  missing: setting({
    vi: 'Thiếu số liệu',
    en: 'Missing data',
    schema: z._default(z.enum(['zero', 'exclude', 'error']), 'zero'),
    parse: choice({ zero: { vi: '0', en: 'zero', aliases: ['không'] }, exclude: { vi: 'loại trừ', en: 'exclude' }, error: { vi: 'lỗi', en: 'error' } }),
    hint: '0, loại trừ, lỗi (zero, exclude, error)',
    guide: { vi: 'Thiếu số liệu: 0 (tính 0 điểm), loại trừ, lỗi (mặc định 0).', en: 'Missing data: zero, exclude, error (default zero).' },
    template: { vi: '0', en: 'zero' },
    example: { cell: 'Loại trừ', reads: 'exclude' },
  }),
  rankBy: setting({
    vi: 'Xếp hạng theo',
    en: 'Rank by',
    schema: z._default(z.enum(['total', 'percent']), 'total'),
    parse: choice({ total: { vi: 'tổng điểm', en: 'total' }, percent: { vi: 'tỷ lệ', en: 'percent', aliases: ['tỉ lệ'] } }),
    hint: 'tổng điểm, tỷ lệ (total, percent)',
    guide: { vi: 'Xếp hạng theo tổng điểm hoặc tỷ lệ (mặc định tổng điểm).', en: 'Rank by total or percent (default total).' },
    template: { vi: 'tổng điểm', en: 'total' },
    example: { cell: 'tỉ lệ', reads: 'percent' },
  }),
  rankStyle: setting({
    vi: 'Kiểu xếp hạng',
    en: 'Rank style',
    schema: z._default(z.enum(['competition', 'dense']), 'competition'),
    parse: choice({ competition: { vi: 'đồng hạng', en: 'competition' }, dense: { vi: 'liên tục', en: 'dense' } }),
    hint: 'đồng hạng, liên tục (competition, dense)',
    guide: { vi: 'đồng hạng: 1, 1, 3; liên tục: 1, 1, 2 (mặc định đồng hạng).', en: 'competition: 1, 1, 3; dense: 1, 1, 2 (default competition).' },
    template: { vi: 'đồng hạng', en: 'competition' },
    example: { cell: 'dense', reads: 'dense' },
  }),
  /** null: the default chain (first top-level group, exceeded count, deductions). */
  tieBreaks: setting({
    vi: 'Tiêu chí phụ xếp hạng',
    en: 'Tie-breaks',
    schema: z._default(z.nullable(z.array(TieBreakSchema)), null),
    parse: parser<TieBreakValue[]>('tieBreaks', { words: TIE_BREAK_WORDS }),
    hint: 'I; số tiêu chí vượt; điểm trừ',
    guide: { vi: 'Khi bằng điểm, lần lượt: mã tiêu chí; số tiêu chí vượt; điểm trừ; điểm thưởng (cách nhau bởi ;).', en: 'On equal totals, in turn: a criterion code; exceeded; penalty; bonus (separated by ;).' },
    template: BLANK,
    example: { cell: 'I; số tiêu chí vượt; điểm trừ', reads: [{ kind: 'criterion', code: 'I' }, { kind: 'exceeded' }, { kind: 'penalty' }] },
  }),
  /** Bands by percent, tried from the highest threshold down. */
  classification: setting({
    vi: 'Xếp loại',
    en: 'Classification',
    schema: z._default(
      z.array(z.object({ name: z.string().check(z.minLength(1)), min: z.number() })).check(z.minLength(1)),
      () => DEFAULT_BANDS.map((b) => ({ ...b })),
    ),
    parse: parser<Band[]>('bands'),
    hint: 'Xuất sắc 90; Tốt 80; Khá 65; Trung bình 50; Yếu 0',
    guide: { vi: 'Xếp loại theo tỷ lệ điểm: Xuất sắc 90; Tốt 80; Khá 65; Trung bình 50; Yếu 0.', en: 'Classes by percent: Xuất sắc 90; Tốt 80; Khá 65; Trung bình 50; Yếu 0.' },
    template: { vi: 'Xuất sắc 90; Tốt 80; Khá 65; Trung bình 50; Yếu 0', en: 'Xuất sắc 90; Tốt 80; Khá 65; Trung bình 50; Yếu 0' },
    example: { cell: 'Đạt 50%; Chưa đạt 0', reads: [{ name: 'Đạt', min: 50 }, { name: 'Chưa đạt', min: 0 }] },
  }),
  oneAwardPerUnit: setting({
    vi: 'Mỗi đơn vị một hình thức',
    en: 'One award per unit',
    schema: z._default(z.boolean(), true),
    parse: yesNo(),
    hint: 'có, không',
    guide: { vi: 'có: mỗi đơn vị chỉ nhận một hình thức khen thưởng (mặc định có).', en: 'yes: one award per unit at most (default yes).' },
    template: { vi: 'có', en: 'yes' },
    rule: { kind: 'list', words: { vi: ['có', 'không'], en: ['yes', 'no'] } },
    example: { cell: 'không', reads: false },
  }),
  /** A fraction of the criterion's maximum (0.05 for 5 %). */
  selfScoreGap: setting({
    vi: 'Ngưỡng chênh lệch tự chấm',
    en: 'Self-score gap',
    schema: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0.05),
    parse: share(),
    hint: '5%',
    guide: { vi: 'Cảnh báo khi tự chấm chênh điểm thẩm định quá mức này (mặc định 5%).', en: 'Warn when a self score differs from the appraised one by more (default 5%).' },
    template: { vi: '5%', en: '5%' },
    example: { cell: '10%', reads: 0.1 },
  }),
  totalBonusCap: setting({
    vi: 'Tổng điểm thưởng tối đa',
    en: 'Total bonus cap',
    schema: z._default(z.nullable(z.number().check(z.minimum(0))), null),
    parse: number(),
    hint: '≥ 0',
    guide: { vi: 'Tổng điểm thưởng tối đa của một đơn vị (để trống: không giới hạn).', en: 'The most bonus points of a unit in all (blank: no limit).' },
    template: BLANK,
    rule: { kind: 'decimal', min: 0 },
    example: { cell: '2,5', reads: 2.5 },
  }),
  /** The official documents' settings (documents.md §1): blank leaves the document's default or a gap to fill by hand. */
  managingBody: setting({
    vi: 'Cơ quan chủ quản',
    en: 'Managing body',
    schema: optionalText,
    parse: text(),
    hint: 'UBND THÀNH PHỐ HẢI PHÒNG',
    guide: { vi: 'Văn bản: cơ quan chủ quản (dòng trên cùng bên trái), ví dụ UBND THÀNH PHỐ HẢI PHÒNG.', en: 'Documents: the managing body (top left line).' },
    template: BLANK,
    example: { cell: 'UBND THÀNH PHỐ HẢI PHÒNG', reads: 'UBND THÀNH PHỐ HẢI PHÒNG' },
  }),
  /** Default: the cluster's name. */
  issuingBody: setting({
    vi: 'Cơ quan ban hành',
    en: 'Issuing body',
    schema: optionalText,
    parse: text(),
    hint: 'CỤM THI ĐUA …',
    guide: { vi: 'Văn bản: cơ quan ban hành (mặc định: tên cụm).', en: 'Documents: the issuing body (default: the cluster’s name).' },
    template: BLANK,
    example: { cell: 'CỤM THI ĐUA SỐ 1', reads: 'CỤM THI ĐUA SỐ 1' },
  }),
  reference: setting({
    vi: 'Số ký hiệu',
    en: 'Reference',
    schema: optionalText,
    parse: text(),
    hint: '12/TTr-CTĐ',
    guide: { vi: 'Văn bản: số, ký hiệu, ví dụ 12/TTr-CTĐ.', en: 'Documents: the reference number, e.g. 12/TTr-CTĐ.' },
    template: BLANK,
    example: { cell: '12/TTr-CTĐ', reads: '12/TTr-CTĐ' },
  }),
  place: setting({
    vi: 'Địa danh',
    en: 'Place',
    schema: optionalText,
    parse: text(),
    hint: 'Hải Phòng',
    guide: { vi: 'Văn bản: địa danh, ví dụ Hải Phòng.', en: 'Documents: the place name.' },
    template: BLANK,
    example: { cell: 'Hải Phòng', reads: 'Hải Phòng' },
  }),
  /** As typed (`15/12/2024`) or an Excel date serial as text; blank leaves `ngày … tháng … năm …`. */
  signDate: setting({
    vi: 'Ngày ký',
    en: 'Date',
    schema: optionalText,
    // A date cell comes as its serial number; kept as text, read by the documents.
    parse: dateText(),
    hint: '15/12/2024',
    guide: { vi: 'Văn bản: ngày ký (dd/mm/yyyy); để trống để viết tay ngày … tháng … năm ….', en: 'Documents: the date signed (dd/mm/yyyy); blank leaves it to fill by hand.' },
    template: BLANK,
    example: { cell: 45641, reads: '45641' },
  }),
  authority: setting({
    vi: 'Thẩm quyền ký',
    en: 'Authority line',
    schema: optionalText,
    parse: text(),
    hint: 'TM. CỤM THI ĐUA',
    guide: { vi: 'Văn bản: thẩm quyền ký, ví dụ TM. CỤM THI ĐUA.', en: 'Documents: the authority line, e.g. TM. CỤM THI ĐUA.' },
    template: BLANK,
    example: { cell: 'TM. CỤM THI ĐUA', reads: 'TM. CỤM THI ĐUA' },
  }),
  signerTitle: setting({
    vi: 'Chức vụ người ký',
    en: "Signer's title",
    schema: optionalText,
    parse: text(),
    hint: 'CỤM TRƯỞNG',
    guide: { vi: 'Văn bản: chức vụ người ký, ví dụ CỤM TRƯỞNG.', en: 'Documents: the signer’s title.' },
    template: BLANK,
    example: { cell: 'CỤM TRƯỞNG', reads: 'CỤM TRƯỞNG' },
  }),
  signer: setting({
    vi: 'Người ký',
    en: 'Signer',
    schema: optionalText,
    parse: text(),
    hint: 'Nguyễn Văn A',
    guide: { vi: 'Văn bản: họ tên người ký.', en: 'Documents: the signer’s name.' },
    template: BLANK,
    example: { cell: 'Nguyễn Văn A', reads: 'Nguyễn Văn A' },
  }),
  /** `;`-separated. */
  recipients: setting({
    vi: 'Nơi nhận',
    en: 'Recipients',
    schema: optionalText,
    parse: text(),
    hint: 'Như trên; Lưu: VT',
    guide: { vi: 'Văn bản: nơi nhận, cách nhau bởi dấu ; ví dụ Như trên; Lưu: VT.', en: 'Documents: the recipients, separated by ;.' },
    template: BLANK,
    example: { cell: 'Như trên; Lưu: VT', reads: 'Như trên; Lưu: VT' },
  }),
  /** Số đại biểu: members entitled to vote; null: the number of units (vote.md). Shares are exact fractions num/den. */
  voters: setting({
    vi: 'Số đại biểu',
    en: 'Voters',
    schema: z._default(z.nullable(z.int().check(z.minimum(1))), null),
    parse: number(),
    hint: '≥ 1',
    guide: { vi: 'Bỏ phiếu: số đại biểu được bầu (mặc định: số đơn vị).', en: 'Vote: the members entitled to vote (default: the number of units).' },
    template: BLANK,
    rule: { kind: 'whole', min: 1 },
    example: { cell: 9, reads: 9 },
  }),
  /** Ngưỡng phiếu: `quá bán` (more than half) or at least an exact share. */
  voteThreshold: setting({
    vi: 'Ngưỡng phiếu',
    en: 'Vote threshold',
    schema: z._default(z.union([z.literal('majority'), FractionSchema]), 'majority'),
    parse: parser<'majority' | FractionValue>('voteShare', { majority: true }),
    hint: 'quá bán, 70%, 2/3, 0,7 (majority or a share)',
    guide: { vi: 'Bỏ phiếu: quá bán, hoặc một tỷ lệ như 70%, 2/3 (mặc định quá bán).', en: 'Vote: majority, or a share such as 70%, 2/3 (default majority).' },
    template: { vi: 'quá bán', en: 'majority' },
    example: { cell: '2/3', reads: { num: 2, den: 3 } },
  }),
  /** Tính tỷ lệ trên: the voters, or the award's valid ballots. */
  voteBase: setting({
    vi: 'Tính tỷ lệ trên',
    en: 'Vote base',
    schema: z._default(z.enum(['voters', 'valid']), 'voters'),
    parse: choice({ voters: { vi: 'số đại biểu', en: 'voters', aliases: ['đại biểu'] }, valid: { vi: 'số phiếu hợp lệ', en: 'valid', aliases: ['phiếu hợp lệ'] } }),
    hint: 'số đại biểu, số phiếu hợp lệ (voters, valid)',
    guide: { vi: 'Bỏ phiếu: tỷ lệ tính trên số đại biểu hoặc số phiếu hợp lệ (mặc định số đại biểu).', en: 'Vote: shares of the voters or of the valid ballots (default voters).' },
    template: { vi: 'số đại biểu', en: 'voters' },
    example: { cell: 'phiếu hợp lệ', reads: 'valid' },
  }),
  /** Số đại biểu có mặt tối thiểu: a share of the voters whose ballots must be received; null: no check. */
  quorum: setting({
    vi: 'Số đại biểu có mặt tối thiểu',
    en: 'Quorum',
    schema: z._default(z.nullable(FractionSchema), null),
    parse: parser<FractionValue>('voteShare'),
    hint: '2/3, 50%',
    guide: { vi: 'Bỏ phiếu: số đại biểu có mặt tối thiểu, như 2/3 hoặc 50% (để trống: không kiểm tra).', en: 'Vote: the quorum, e.g. 2/3 or 50% (blank: no check).' },
    template: BLANK,
    example: { cell: '50%', reads: { num: 1, den: 2 } },
  }),
  /** Khi bằng phiếu: a tie at the last seat goes to a revote, or to the better rank. */
  voteTie: setting({
    vi: 'Khi bằng phiếu',
    en: 'Vote tie',
    schema: z._default(z.enum(['revote', 'rank']), 'revote'),
    parse: choice({ revote: { vi: 'bỏ phiếu lại', en: 'revote' }, rank: { vi: 'theo thứ hạng', en: 'rank', aliases: ['thứ hạng'] } }),
    hint: 'bỏ phiếu lại, theo thứ hạng (revote, rank)',
    guide: { vi: 'Bỏ phiếu: khi bằng phiếu ở suất cuối, bỏ phiếu lại hoặc theo thứ hạng (mặc định bỏ phiếu lại).', en: 'Vote: a tie at the last seat goes to a revote or to the better rank (default revote).' },
    template: { vi: 'bỏ phiếu lại', en: 'revote' },
    example: { cell: 'theo thứ hạng', reads: 'rank' },
  }),
  /** `So sánh với`: the earlier period to compare with; null = the latest one before the current. */
  compareWith: setting({
    vi: 'So sánh với',
    en: 'Compare with',
    schema: z.optional(z.nullable(z.object({ year: z.int(), period: z.enum(['half', 'year']) }))),
    parse: parser<{ year: number; period: 'half' | 'year' }>('compareWith'),
    hint: '2023; 2024 6 tháng',
    guide: { vi: 'So sánh với kỳ trước trong Lịch sử, ví dụ 2023 hoặc 2024 6 tháng (để trống: kỳ gần nhất trước kỳ này).', en: 'Compare with an earlier period of the History, e.g. 2023 or 2024 6 tháng (blank: the latest before this one).' },
    template: BLANK,
    example: { cell: '2024 6 tháng', reads: { year: 2024, period: 'half' } },
  }),
  /** When the units' submission forms are due (`Hạn nộp`), as shown on the forms; null when not set. */
  deadline: setting({
    vi: 'Hạn nộp',
    en: 'Deadline',
    schema: optionalText,
    parse: parser<string>('deadline'),
    hint: '31/01/2025',
    guide: { vi: 'Phiếu nhập: hạn nộp phiếu của các đơn vị, ví dụ 15/11/2024.', en: 'Unit forms: the deadline for the units’ forms, e.g. 15/11/2024.' },
    template: BLANK,
    example: { cell: 45688, reads: '31/01/2025' },
  }),
};

export type SettingsTable = typeof SETTINGS;
export type SettingKey = keyof SettingsTable;

/** The keys in table order (the template's row order). */
export const SETTING_KEY_ORDER = Object.keys(SETTINGS) as SettingKey[];

/** The entry of a key, typed loosely (for code that loops over the table). */
export function settingEntry(key: SettingKey): SettingEntry<z.ZodMiniType> {
  return SETTINGS[key] as SettingEntry<z.ZodMiniType>;
}

type Shape = { [K in SettingKey]: SettingsTable[K]['schema'] };

/**
 * One schema for the `Cài đặt` settings, shared by the task pane, the custom functions and the CLI:
 * every option with its default (`param ?? default`), validated once. Derived from the table.
 */
export const SettingsSchema = z.object(Object.fromEntries(SETTING_KEY_ORDER.map((k) => [k, SETTINGS[k].schema])) as Shape);

/** The settings' values, as the engine uses them (engine/model.ts adds where each was read). */
export type SettingValues = z.output<typeof SettingsSchema>;

/** Builds a word table from a choice's words, keyed without diacritics, spaces or "/" (as workbook/schema.ts's). */
export function choiceWordTable<T extends string>(words: ChoiceWords<T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [value, w] of Object.entries(words) as [T, ChoiceWord][])
    for (const word of [w.vi, w.en, ...(w.aliases ?? [])]) out[normalizeKey(word).replace(/\//g, '')] = value;
  return out;
}

/** The words a choice shows in a language (the template's list), in the table's order. */
export function choiceList(words: ChoiceWords<string>, lang: 'vi' | 'en'): string[] {
  return Object.values(words).map((w) => w[lang]);
}

/** The value cell's template rule: the entry's own, or the list of a choice's words. */
export function settingRule(entry: SettingEntry<z.ZodMiniType>): SettingRule | undefined {
  if (entry.rule) return entry.rule;
  const words = entry.parse.kind === 'choice' ? entry.parse.words : undefined;
  return words ? { kind: 'list', words: { vi: choiceList(words, 'vi'), en: choiceList(words, 'en') } } : undefined;
}
