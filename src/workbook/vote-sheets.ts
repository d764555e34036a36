/**
 * The vote's sheets (vote.md): `Kết quả bỏ phiếu` (the count per award), `Biên bản kiểm phiếu` (the
 * count minutes, a print-ready document), `Mẫu phiếu bầu` (the printable ballot, one per page) and
 * the `Phiếu bầu` entry sheet prefilled for every voter. Grids with their formats, as every output.
 */
import { formatNumber } from '../engine/format';
import { t } from '../engine/i18n';
import '../engine/i18n/paper-sheet';
import '../engine/i18n/vote-sheet';
import type { Lang } from '../engine/model';
import type { ClusterResult } from '../engine/result';
import { revoteText, thresholdText, turnoutText, voteOutcomeLabel } from '../engine/vote-labels';
import { voteAwardsOf, type VoteAward, type VoteOutcome, type VoteResult } from '../engine/vote';
import type { Cell } from './grid';
import { OUTPUT_NAMES, type ColumnFormat, type OutputSheet, type Tone } from './output';
import { BALLOTS_SHEET, YEAR_PERIOD } from './schema';
import { lineHeight, Paper, wrappedLines, type PaperStyle } from './paper';

/** How a document sheet is printed (A4, portrait, the font of official documents). */
export type PrintSetup = NonNullable<OutputSheet['print']>;

export type VoteSheet = OutputSheet;

const DOCUMENT: PrintSetup = { paper: 'A4', orientation: 'portrait', font: 'Times New Roman' };

export const OUTCOME_TONES: Partial<Record<VoteOutcome, Tone>> = { elected: 'good', revote: 'neutral', noQuorum: 'bad', below: 'bad' };

/** The vote's tables' columns, in order (`sheet.vote.*`). */
const FIGURES = ['seats', 'received', 'valid', 'invalid'] as const;
const CANDIDATES = ['no', 'unit', 'votes', 'base', 'share', 'outcome'] as const;
const BALLOT_HEAD = ['no', 'unit', 'yes'] as const;

const candidatesHeader = (lang: Lang): string[] => CANDIDATES.map((k) => t(lang, `sheet.vote.head.${k}`));

function when(result: ClusterResult, lang: Lang): string {
  const period = result.period && result.period !== String(result.year ?? '') ? result.period : null;
  const year = result.year === null ? null : t(lang, 'sheet.paper.year', { year: String(result.year) });
  return [period && period.toLowerCase() !== YEAR_PERIOD ? period : null, year].filter((x) => x).join(' ');
}

const clusterName = (result: ClusterResult, lang: Lang): string => result.cluster ?? t(lang, 'sheet.vote.org');

/** `Kết quả bỏ phiếu`: per award its figures, then its candidates in order of votes. */
export function voteResultsSheet(result: ClusterResult, vote: VoteResult, lang: Lang): VoteSheet {
  const title = [t(lang, 'sheet.vote.resultsTitle'), clusterName(result, lang), when(result, lang)].filter((x) => x).join(' — ');
  const rows: Cell[][] = [[title], [turnoutText(vote, lang)], [thresholdText(vote.rules, lang)]];
  const titleRows = [0];
  const headerRows: number[] = [];
  const tones: OutputSheet['tones'] = [];
  for (const a of vote.awards) {
    rows.push([]);
    titleRows.push(rows.length);
    rows.push([a.award]);
    headerRows.push(rows.length);
    rows.push(FIGURES.map((k) => t(lang, `sheet.vote.figure.${k}`)));
    rows.push([a.seats, vote.received, a.valid, a.invalid]);
    headerRows.push(rows.length);
    rows.push(candidatesHeader(lang));
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
  const subject = [t(lang, 'sheet.vote.minutesSubject'), when(result, lang)].filter((x) => x).join(' ');
  paper.title(t(lang, 'sheet.vote.minutesType'), t(lang, 'sheet.vote.minutesSummary', { subject, cluster: clusterName(result, lang) }));
  const body = (text: string, st: PaperStyle = {}): number => paper.line(text, { wrap: true, align: 'left', ...st });
  body(t(lang, 'sheet.vote.opening', { cluster: clusterName(result, lang) }));
  body(`${turnoutText(vote, lang)}.`);
  body(`${thresholdText(vote.rules, lang)}.`);
  const n = (x: number): string => formatNumber(x, lang, 0);
  vote.awards.forEach((a, i) => {
    paper.blank();
    body(t(lang, 'sheet.vote.award', { n: String(i + 1), award: a.award, seats: n(a.seats) }), { bold: true });
    body(t(lang, 'sheet.vote.awardBallots', { valid: n(a.valid), invalid: n(a.invalid) }));
    const head = paper.rows.length;
    paper.rows.push(candidatesHeader(lang));
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
  body(t(lang, 'sheet.vote.conclusion'), { bold: true });
  if (!vote.quorumMet) body(t(lang, 'sheet.vote.noQuorum'));
  else
    vote.awards.forEach((a, i) => {
      const elected = unitsWith(vote, a.award, 'elected');
      const again = unitsWith(vote, a.award, 'revote');
      body(`${i + 1}. ${a.award}:`);
      body(`    ${t(lang, 'sheet.vote.elected', { units: elected.join(', ') || t(lang, 'sheet.vote.nobody') })}${again.length ? `; ${t(lang, 'sheet.vote.revote', { units: again.join(', ') })}` : ''}.`);
    });
  if (vote.awards.some((a) => a.candidates.some((c) => c.outcome === 'revote'))) body(revoteText(lang));
  body(t(lang, 'sheet.vote.closing'), { italic: true });
  paper.blank();
  paper.pair(t(lang, 'sheet.vote.signer.count'), { bold: true }, t(lang, 'sheet.vote.signer.chair'), { bold: true });
  paper.pair(t(lang, 'sheet.vote.sign'), { italic: true }, t(lang, 'sheet.vote.sign'), { italic: true });
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
  line(t(lang, 'sheet.vote.ballotTitle'), true);
  line(t(lang, 'sheet.vote.ballotSubject', { when: when(result, lang) }).trim());
  line(t(lang, 'sheet.vote.ballotNo'));
  line(t(lang, 'sheet.vote.ballotHow'));
  awards.forEach((a, i) => {
    rows.push([]);
    line(t(lang, 'sheet.vote.ballotAward', { n: String(i + 1), award: a.name, seats: String(a.seats) }), true);
    headerRows.push(rows.length);
    rows.push(BALLOT_HEAD.map((k) => t(lang, `sheet.vote.ballotHead.${k}`)));
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
