/**
 * The vote's sheets (vote.md): `Kết quả bỏ phiếu` (the count per award), `Biên bản kiểm phiếu` (the
 * count minutes, a print-ready document), `Mẫu phiếu bầu` (the printable ballot, one per page) and
 * the `Phiếu bầu` entry sheet prefilled for every voter. Grids with their formats, as every output.
 */
import { formatNumber } from '../engine/format';
import type { Lang } from '../engine/model';
import type { ClusterResult } from '../engine/result';
import { revoteText, thresholdText, turnoutText, voteOutcomeLabel } from '../engine/vote-labels';
import { voteAwardsOf, type VoteAward, type VoteOutcome, type VoteResult } from '../engine/vote';
import type { Cell } from './grid';
import { OUTPUT_NAMES, type ColumnFormat, type OutputSheet, type Tone } from './output';
import { BALLOTS_SHEET } from './schema';
import { fillText, lineHeight, Paper, wrappedLines, type PaperStyle } from './paper';

/** How a document sheet is printed (A4, portrait, the font of official documents). */
export type PrintSetup = NonNullable<OutputSheet['print']>;

export type VoteSheet = OutputSheet;

const DOCUMENT: PrintSetup = { paper: 'A4', orientation: 'portrait', font: 'Times New Roman' };

export const OUTCOME_TONES: Partial<Record<VoteOutcome, Tone>> = { elected: 'good', revote: 'neutral', noQuorum: 'bad', below: 'bad' };

const T = {
  resultsTitle: { vi: 'KẾT QUẢ BỎ PHIẾU BÌNH XÉT KHEN THƯỞNG', en: 'AWARD VOTE RESULTS' },
  awardFigures: {
    vi: ['Số suất', 'Phiếu thu về', 'Phiếu hợp lệ', 'Phiếu không hợp lệ'],
    en: ['Seats', 'Ballots received', 'Valid', 'Invalid'],
  },
  candidates: {
    vi: ['STT', 'Đơn vị', 'Số phiếu đồng ý', 'Tính trên', 'Tỷ lệ %', 'Kết quả'],
    en: ['No.', 'Unit', 'Yes votes', 'Base', 'Share %', 'Outcome'],
  },
  org: { vi: 'CỤM THI ĐUA', en: 'EMULATION CLUSTER' },
  nation: { vi: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', en: 'SOCIALIST REPUBLIC OF VIET NAM' },
  motto: { vi: 'Độc lập - Tự do - Hạnh phúc', en: 'Independence - Freedom - Happiness' },
  placeDate: { vi: '…………, ngày …… tháng …… năm ……', en: '…………, date ……………………' },
  minutesType: { vi: 'BIÊN BẢN', en: 'MINUTES' },
  minutesSummary: { vi: 'Kiểm phiếu {subject} của {cluster}', en: 'Of the ballot count: {subject} of {cluster}' },
  minutesSubject: { vi: 'bình xét, suy tôn khen thưởng', en: 'vote on the award nominations' },
  opening: {
    vi: 'Hôm nay, tại ………………………………, tổ kiểm phiếu đã kiểm phiếu bầu bình xét, suy tôn khen thưởng của {cluster}, kết quả như sau:',
    en: 'Today, at ………………………………, the count committee counted the ballots of {cluster} on the award nominations, with this result:',
  },
  closing: {
    vi: 'Biên bản lập xong hồi … giờ … cùng ngày, đã đọc lại cho hội nghị nghe và nhất trí thông qua.',
    en: 'These minutes were completed at … the same day, read out to the meeting and approved.',
  },
  award: { vi: '{n}. {award} ({seats} suất)', en: '{n}. {award} ({seats} seat(s))' },
  awardBallots: { vi: 'Số phiếu hợp lệ: {valid}; số phiếu không hợp lệ: {invalid}.', en: 'Valid ballots: {valid}; invalid: {invalid}.' },
  conclusion: { vi: 'KẾT LUẬN', en: 'CONCLUSION' },
  elected: { vi: 'Trúng: {units}', en: 'Elected: {units}' },
  revote: { vi: 'Bỏ phiếu lại: {units}', en: 'To vote again: {units}' },
  nobody: { vi: 'không có', en: 'none' },
  noQuorum: {
    vi: 'Không đủ số đại biểu có mặt tối thiểu: chưa đơn vị nào trúng; cần tổ chức bỏ phiếu lại.',
    en: 'The quorum was not met: no unit is elected; the vote must be held again.',
  },
  signers: { vi: ['TỔ KIỂM PHIẾU', 'CHỦ TRÌ HỘI NGHỊ'], en: ['COUNT COMMITTEE', 'CHAIR OF THE MEETING'] },
  sign: { vi: '(Ký, ghi rõ họ tên)', en: '(Signature and full name)' },
  ballotTitle: { vi: 'PHIẾU BẦU', en: 'BALLOT' },
  ballotSubject: { vi: 'Bình xét, suy tôn khen thưởng {when}', en: 'Vote on the award nominations {when}' },
  ballotHow: {
    vi: 'Đánh dấu (x) vào ô “Đồng ý” của đơn vị được chọn. Phiếu chọn quá số đơn vị quy định của một hình thức là phiếu không hợp lệ cho hình thức đó.',
    en: 'Mark (x) the “Yes” box of each unit you choose. A ballot choosing more units than an award allows is invalid for that award.',
  },
  ballotAward: { vi: '{n}. {award} — chọn không quá {seats} đơn vị', en: '{n}. {award} — choose at most {seats} unit(s)' },
  ballotHeader: { vi: ['STT', 'Đơn vị', 'Đồng ý'], en: ['No.', 'Unit', 'Yes'] },
  ballotNo: { vi: 'Phiếu số: ……', en: 'Ballot no.: ……' },
};

function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

function when(result: ClusterResult, lang: Lang): string {
  const period = result.period && result.period !== String(result.year ?? '') ? result.period : null;
  const year = result.year === null ? null : lang === 'vi' ? `năm ${result.year}` : String(result.year);
  return [period && period.toLowerCase() !== 'năm' ? period : null, year].filter((x) => x).join(' ');
}

const clusterName = (result: ClusterResult, lang: Lang): string => result.cluster ?? T.org[lang];

/** `Kết quả bỏ phiếu`: per award its figures, then its candidates in order of votes. */
export function voteResultsSheet(result: ClusterResult, vote: VoteResult, lang: Lang): VoteSheet {
  const title = [T.resultsTitle[lang], clusterName(result, lang), when(result, lang)].filter((x) => x).join(' — ');
  const rows: Cell[][] = [[title], [turnoutText(vote, lang)], [thresholdText(vote.rules, lang)]];
  const titleRows = [0];
  const headerRows: number[] = [];
  const tones: OutputSheet['tones'] = [];
  for (const a of vote.awards) {
    rows.push([]);
    titleRows.push(rows.length);
    rows.push([a.award]);
    headerRows.push(rows.length);
    rows.push(T.awardFigures[lang]);
    rows.push([a.seats, vote.received, a.valid, a.invalid]);
    headerRows.push(rows.length);
    rows.push(T.candidates[lang]);
    a.candidates.forEach((c, i) => {
      const tone = OUTCOME_TONES[c.outcome];
      if (tone) tones.push({ row: rows.length, col: 5, tone });
      rows.push([i + 1, c.unit, c.votes, c.base, c.share / 100, voteOutcomeLabel(c.outcome, lang)]);
    });
  }
  if (vote.awards.some((a) => a.candidates.some((c) => c.outcome === 'revote'))) rows.push([], [revoteText(lang)]);
  const columns: ColumnFormat[] = [{ width: 13, numFmt: '0' }, { width: 30 }, { width: 15, numFmt: '0' }, { width: 16, numFmt: '0' }, { width: 10, numFmt: '0.00%' }, { width: 28 }];
  return { kind: 'votes', name: OUTPUT_NAMES.votes[lang], rows, headerRows, titleRows, columns, tones, freeze: { rows: 0, cols: 0 } };
}

const unitsWith = (vote: VoteResult, award: string, outcome: VoteOutcome): string[] =>
  vote.awards.find((a) => a.award === award)?.candidates.filter((c) => c.outcome === outcome).map((c) => c.unit) ?? [];

/**
 * `Biên bản kiểm phiếu`: the count minutes as an official paper (paper.ts, Nghị định 30/2020): the
 * header block from `Cài đặt`, `BIÊN BẢN` and its summary, the count per award as ruled tables,
 * the conclusion, and the count committee's and the chair's signatures.
 */
export function minutesSheet(result: ClusterResult, vote: VoteResult, lang: Lang): VoteSheet {
  const columns: ColumnFormat[] = [{ width: 6, numFmt: '0' }, { width: 30 }, { width: 12, numFmt: '0' }, { width: 10, numFmt: '0' }, { width: 10, numFmt: '0.00%' }, { width: 24 }];
  const paper = new Paper(columns, 2);
  const s = result.settings;
  paper.header(s, result.cluster, lang, false);
  const subject = [T.minutesSubject[lang], when(result, lang)].filter((x) => x).join(' ');
  paper.title(T.minutesType[lang], fillText(T.minutesSummary[lang], { subject, cluster: clusterName(result, lang) }));
  const body = (text: string, st: PaperStyle = {}): number => paper.line(text, { wrap: true, align: 'left', ...st });
  body(fillText(T.opening[lang], { cluster: clusterName(result, lang) }));
  body(`${turnoutText(vote, lang)}.`);
  body(`${thresholdText(vote.rules, lang)}.`);
  const n = (x: number): string => formatNumber(x, lang, 0);
  vote.awards.forEach((a, i) => {
    paper.blank();
    body(fillText(T.award[lang], { n: i + 1, award: a.award, seats: n(a.seats) }), { bold: true });
    body(fillText(T.awardBallots[lang], { valid: n(a.valid), invalid: n(a.invalid) }));
    const head = paper.rows.length;
    paper.rows.push([...T.candidates[lang]]);
    for (let j = 0; j < 6; j++) paper.style(head, j, { bold: true, align: 'center', middle: true, wrap: true, border: true });
    paper.height(head, lineHeight() * 2);
    a.candidates.forEach((c, j) => {
      const r = paper.rows.length;
      paper.rows.push([j + 1, c.unit, c.votes, c.base, c.share / 100, voteOutcomeLabel(c.outcome, lang)]);
      [1, 5].forEach((col) => paper.style(r, col, { wrap: true, middle: true, border: true }));
      [0, 2, 3, 4].forEach((col) => paper.style(r, col, { align: 'center', middle: true, border: true }));
      const lines = Math.max(wrappedLines(c.unit, columns[1]!.width), wrappedLines(voteOutcomeLabel(c.outcome, lang), columns[5]!.width));
      if (lines > 1) paper.height(r, lineHeight() * lines + 4);
    });
  });
  paper.blank();
  body(T.conclusion[lang], { bold: true });
  if (!vote.quorumMet) body(T.noQuorum[lang]);
  else
    vote.awards.forEach((a, i) => {
      const elected = unitsWith(vote, a.award, 'elected');
      const again = unitsWith(vote, a.award, 'revote');
      body(`${i + 1}. ${a.award}:`);
      body(`    ${fillText(T.elected[lang], { units: elected.join(', ') || T.nobody[lang] })}${again.length ? `; ${fillText(T.revote[lang], { units: again.join(', ') })}` : ''}.`);
    });
  if (vote.awards.some((a) => a.candidates.some((c) => c.outcome === 'revote'))) body(revoteText(lang));
  body(T.closing[lang], { italic: true });
  paper.blank();
  const [left, right] = T.signers[lang];
  paper.pair(left!, { bold: true }, right!, { bold: true });
  paper.pair(T.sign[lang], { italic: true }, T.sign[lang], { italic: true });
  for (let k = 0; k < 3; k++) paper.blank();
  if (s.signer?.trim()) paper.pair(null, {}, s.signer.trim(), { bold: true });
  return paper.sheet('minutes', OUTPUT_NAMES.minutes[lang], null);
}

/** The vote's sheets of a scored result: none without ballots. */
export function voteSheets(result: ClusterResult, lang: Lang): VoteSheet[] {
  return result.vote ? [voteResultsSheet(result, result.vote, lang), minutesSheet(result, result.vote, lang)] : [];
}

/** `Mẫu phiếu bầu`: one A4 ballot, printed as many times as there are voters. */
export function ballotFormSheet(result: ClusterResult, lang: Lang, awards: readonly VoteAward[] = voteAwardsOf(result)): VoteSheet {
  const rows: Cell[][] = [];
  const merges: string[] = [];
  const titleRows: number[] = [];
  const headerRows: number[] = [];
  const line = (text: string, title = false): void => {
    if (title) titleRows.push(rows.length);
    merges.push(`A${rows.length + 1}:C${rows.length + 1}`);
    rows.push([text]);
  };
  line(clusterName(result, lang).toLocaleUpperCase('vi'));
  rows.push([]);
  line(T.ballotTitle[lang], true);
  line(fill(T.ballotSubject[lang], { when: when(result, lang) }).trim());
  line(T.ballotNo[lang]);
  line(T.ballotHow[lang]);
  awards.forEach((a, i) => {
    rows.push([]);
    line(fill(T.ballotAward[lang], { n: i + 1, award: a.name, seats: a.seats }), true);
    headerRows.push(rows.length);
    rows.push(T.ballotHeader[lang]);
    a.candidates.forEach((c, j) => rows.push([j + 1, c.unit, null]));
  });
  const columns: ColumnFormat[] = [{ width: 6, numFmt: '0' }, { width: 52 }, { width: 14 }];
  return {
    kind: 'ballotForm',
    name: OUTPUT_NAMES.ballotForm[lang],
    rows,
    headerRows,
    titleRows,
    columns,
    tones: [],
    freeze: { rows: 0, cols: 0 },
    merges,
    print: DOCUMENT,
    page: { orientation: DOCUMENT.orientation },
  };
}

/**
 * The `Phiếu bầu` entry sheet: `voters` ballots × every award × its candidates, `Đồng ý` blank. An
 * input sheet (no marker): the user fills it, and the add-in never writes over it.
 */
export function ballotsInputSheet(awards: readonly VoteAward[], voters: number, lang: Lang): OutputSheet & { input: true } {
  const header = BALLOTS_SHEET.columns.map((c) => c[lang]);
  const rows: Cell[][] = [header];
  for (let b = 1; b <= voters; b++) for (const a of awards) for (const c of a.candidates) rows.push([b, a.name, c.unit, null]);
  return {
    kind: 'ballots',
    input: true,
    name: lang === 'vi' ? BALLOTS_SHEET.vi : BALLOTS_SHEET.en,
    rows,
    headerRows: [0],
    titleRows: [],
    columns: [{ width: 10, numFmt: '0' }, { width: 60 }, { width: 28 }, { width: 10 }],
    tones: [],
    freeze: { rows: 1, cols: 0 },
  };
}
