/**
 * `thidua`: the same engine on .xlsx files (cli.md). Returns the exit status: 0 scored,
 * 1 the workbook has errors (no file written), 2 usage errors. No exception escapes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toResultJson } from '../engine/json';
import type { Lang } from '../engine/model';
import { PackageSink, type FileWritten } from '../hosts/xlsx/sink';
import { PackageSource, type Opener } from '../hosts/xlsx/source';
import { planHistoryAppend, saveHistoryLines, type HistoryAppend } from '../jobs/save-history';
import { scoreBook, writeScored } from '../jobs/score';
import { templateSheets } from '../jobs/template';
import type { SourceBook } from '../jobs/ports';
import { DEFAULT_PRESET, PRESETS } from '../presets';
import type { OutputSheet } from '../workbook/output';
import { OUTPUT_NAMES } from '../workbook/output-kinds';
import { placedName } from '../workbook/placement';
import { documentSheets } from '../workbook/documents';
import { parseCommand } from './args';
import { cannotWrite, defaultOutput, exists, readInputFile, sameFile, sniff, writeAllAtomic, writeAtomic, WriteError } from './files';
import { nominationsText, rankingText } from './print';
import { inputProblemText, readerFailureText } from './read-failure';
import { cleanForTerminal, jsonForTerminal } from './terminal';
import { printDiagnostics, WARNINGS_SHOWN } from './diagnostics-out';
import { voteText } from './print-vote';
import { t, writeFailure, type TextKey, type ValueKey } from './text';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const stdio: Io = { out: (s) => process.stdout.write(`${cleanForTerminal(s)}\n`), err: (s) => process.stderr.write(`${cleanForTerminal(s)}\n`) };

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

type Usage = { key: ValueKey; value: string };

async function readInput(file: string, lang: Lang): Promise<Uint8Array | Usage | string> {
  if (path.extname(file).toLowerCase() !== '.xlsx') return { key: 'notXlsx', value: file };
  const bytes = await readInputFile(file);
  if (!(bytes instanceof Uint8Array)) return inputProblemText(file, bytes, lang);
  const kind = sniff(bytes);
  if (kind === 'ole') return { key: 'oleFile', value: file };
  if (kind !== 'zip') return { key: 'notZip', value: file };
  return bytes;
}

/**
 * The exceljs host, loaded when a command writes through it (a template, a whole rewrite): a
 * command that does not (`thidua score` on a package the surgical writer edits) never loads it.
 */
const exceljsHost = (): Promise<typeof import('../hosts/exceljs')> => import('../hosts/exceljs');

/**
 * The result workbook: the input package with the output sheets added by the surgical writer
 * (every other part kept byte for byte); for a package it will not edit (a strict-OOXML workbook,
 * a missing part), the workbook the source opened rewritten whole by exceljs (hosts/xlsx/sink.ts).
 */
export async function resultWorkbook(input: PackageSource | Uint8Array, sheets: readonly OutputSheet[]): Promise<FileWritten> {
  return new PackageSink(input instanceof PackageSource ? input : new PackageSource(input)).write(sheets);
}

export interface ScoreOptions {
  input: string;
  out: string | null;
  json: string | null;
  lang: Lang;
  /** Also write the formula audit (`Công thức kiểm tra`). */
  audit?: boolean;
  /** Also write the official list (`Danh sách đề nghị khen thưởng`). */
  documents?: boolean;
  /** Also print the official documents (Danh sách đề nghị khen thưởng) to this PDF file. */
  pdf?: string;
  /** `--save-history`: also append this run to `Lịch sử` in the result workbook (cycle.md §2). */
  saveHistory?: boolean;
  /** `--all-warnings`: print every warning (by default the first ones and how many more, ./diagnostics-out.ts). */
  allWarnings?: boolean;
}

/** What the score command opens packages with (tests count the openings). */
export interface ScoreDeps {
  open?: Opener;
}

export async function scoreCommand(o: ScoreOptions, io: Io = stdio, deps: ScoreDeps = {}): Promise<number> {
  const bytes = await readInput(o.input, o.lang);
  if (!(bytes instanceof Uint8Array)) {
    io.err(typeof bytes === 'string' ? bytes : t(bytes.key, o.lang, { value: bytes.value }));
    return 2;
  }
  const out = o.out ?? defaultOutput(o.input);
  // `--json -` alone prints the JSON and writes no workbook; with --out it writes that workbook too.
  const writeBook = !(o.json === '-' && o.out === null);
  if (path.extname(out).toLowerCase() !== '.xlsx') {
    io.err(t('notXlsx', o.lang, { value: out }));
    return 2;
  }
  if ((await sameFile(out, o.input)) || (o.json !== null && o.json !== '-' && (await sameFile(o.json, o.input)))) {
    io.err(t('sameFile', o.lang, { value: out }));
    return 2;
  }
  // The JSON would be renamed over the result workbook just written.
  if (o.json !== null && o.json !== '-' && (await sameFile(o.json, out))) {
    io.err(t('sameOutputs', o.lang, { value: o.json }));
    return 2;
  }
  if (o.pdf !== undefined && path.extname(o.pdf).toLowerCase() !== '.pdf') {
    io.err(t('notPdf', o.lang, { value: o.pdf }));
    return 2;
  }
  if (o.pdf !== undefined && ((await sameFile(o.pdf, o.input)) || (await sameFile(o.pdf, out)))) {
    io.err(t('sameFile', o.lang, { value: o.pdf }));
    return 2;
  }
  // Folders that cannot take the outputs are said before any work, and nothing is written.
  for (const f of [...(writeBook ? [out] : []), ...(o.json !== null && o.json !== '-' ? [o.json] : []), ...(o.pdf !== undefined ? [o.pdf] : [])]) {
    const code = await cannotWrite(f);
    if (code !== null) {
      io.err(writeFailure(f, code, o.lang));
      return 2;
    }
  }
  // The input package is opened once: the grid, the sheets to place outputs beside and any rewrite come from it.
  const source = new PackageSource(bytes, path.basename(o.input), deps.open);
  let book: SourceBook;
  try {
    book = await source.read();
  } catch (e) {
    io.err(readerFailureText(o.input, e, o.lang));
    return 2;
  }
  const scored = scoreBook(book, { lang: o.lang, ...(o.audit ? { audit: true } : {}), ...(o.documents ? { documents: true } : {}) });
  const { result } = scored;
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.ok) {
    // Every error; the first warnings and how many more (nothing is written).
    printDiagnostics(io.err, result.diagnostics, o.lang, { all: o.allWarnings === true, sheet: null });
    if (o.json === '-') io.out(jsonForTerminal(toResultJson(result, o.lang)));
    io.err(t('errorsFound', o.lang, { value: errors.length }));
    return 1;
  }
  let history: HistoryAppend | null = null;
  if (o.saveHistory) {
    // The award column: the units the run's vote elected, when the workbook has ballots.
    const plan = planHistoryAppend(book.grid, result, o.lang);
    const lines = saveHistoryLines(plan, o.lang);
    if (!plan.ok) {
      for (const l of lines) io.err(l);
      return 1;
    }
    history = plan.append;
  }
  // The job writes the sheets through the sink: the surgical writer (exceljs when it will not edit the
  // package), or exceljs with this run appended to `Lịch sử`. The sink makes the bytes; they are
  // written to disk below, with the JSON.
  const sink = history ? new (await import('../hosts/exceljs/sink')).WorkbookSink(source, { history }) : new PackageSink(source);
  const written: FileWritten = (writeBook ? await writeScored(scored, sink) : null) ?? { bytes: new Uint8Array(), notes: [], surgical: false };
  const notes = written.notes;
  // The run's warnings and the writer's notes together: the first ones and how many more (the warnings sheet holds them all).
  printDiagnostics(io.err, [...result.diagnostics, ...notes], o.lang, { all: o.allWarnings === true, sheet: writeBook ? placedName(book.existing, 'warnings', OUTPUT_NAMES.warnings[o.lang]) : null });
  // The JSON is made only when it is asked for (--json).
  const json = o.json !== null ? toResultJson({ ...result, diagnostics: [...result.diagnostics, ...notes] }, o.lang) : null;
  // The workbook and the JSON file are written together: both, or neither.
  const files: { file: string; data: Uint8Array | string }[] = writeBook ? [{ file: out, data: written.bytes }] : [];
  if (json !== null && o.json !== null && o.json !== '-') files.push({ file: o.json, data: `${JSON.stringify(json, null, 2)}\n` });
  try {
    await writeAllAtomic(files);
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    io.err(writeFailure(e.file, e.code, o.lang));
    return 2;
  }
  if (o.pdf !== undefined) {
    const { printPdf } = await import('./pdf');
    const printed = await printPdf(documentSheets(result, o.lang), o.pdf);
    if (printed.ok) io.err(t('pdfWritten', o.lang, { value: o.pdf }));
    else if (printed.reason === 'noSoffice') io.err(t('noSoffice', o.lang, { value: o.pdf }));
    else io.err(t('pdfFailed', o.lang, { value: o.pdf, reason: printed.detail }));
  }
  if (json !== null && o.json === '-') io.out(jsonForTerminal(json));
  else {
    io.out(rankingText(result, o.lang));
    io.out('');
    io.out(nominationsText(result, o.lang));
    io.out('');
    if (result.vote) io.out(`${voteText(result, o.lang)}\n`);
    if (o.json !== null) io.out(t('jsonWritten', o.lang, { value: o.json }));
    if (history && writeBook) io.out(saveHistoryLines({ ok: true, append: history }, o.lang)[0]!);
    if (writeBook) io.out(t('written', o.lang, { value: out }));
  }
  return 0;
}

export async function templateCommand(output: string, presetName: string, lang: Lang, io: Io = stdio): Promise<number> {
  const plan = templateSheets(presetName, lang);
  if (!plan.ok) {
    io.err(t('unknownPreset', lang, { value: presetName }));
    return 2;
  }
  if (path.extname(output).toLowerCase() !== '.xlsx') {
    io.err(t('notXlsx', lang, { value: output }));
    return 2;
  }
  if (await exists(output)) {
    io.err(t('exists', lang, { value: output }));
    return 2;
  }
  try {
    const { newWorkbook, toBuffer } = await exceljsHost();
    await writeAtomic(output, await toBuffer(newWorkbook(plan.insert)));
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    io.err(writeFailure(e.file, e.code, lang));
    return 2;
  }
  io.out(t('templateWritten', lang, { value: output }));
  return 0;
}

/** The usage or a command's help; the score help says how many warnings are printed (WARNINGS_SHOWN). */
function helpText(topic: keyof typeof HELP | 'score' | null, lang: Lang): string {
  if (topic === 'score') return t('scoreHelp', lang, { shown: WARNINGS_SHOWN });
  return t(topic === null ? 'usage' : HELP[topic], lang);
}

const HELP = { template: 'templateHelp', presets: 'presetsHelp', ballots: 'ballotsHelp', forms: 'formsHelp', consolidate: 'consolidateHelp' } as const satisfies Record<string, TextKey>;

export async function main(argv: readonly string[], raw: Io = stdio): Promise<number> {
  // Nothing reaches the terminal with its control characters (a cell's ESC sequences included).
  const io: Io = { out: (s) => raw.out(cleanForTerminal(s)), err: (s) => raw.err(cleanForTerminal(s)) };
  const parsed = parseCommand(argv, DEFAULT_PRESET);
  if (!parsed.ok) {
    // The language of a usage error: --lang en anywhere on the line, else Vietnamese.
    const lang: Lang = argv.some((a, i) => a === '--lang=en' || (a === '--lang' && argv[i + 1] === 'en')) ? 'en' : 'vi';
    io.err(t(parsed.key, lang, { value: parsed.value, command: parsed.command }));
    return 2;
  }
  const c = parsed.command;
  try {
    switch (c.command) {
      case 'version':
        io.out(version());
        return 0;
      case 'help':
        io.out(helpText(c.topic, c.lang));
        return 0;
      case 'presets':
        for (const p of PRESETS) io.out(`${p.name}${p.name === DEFAULT_PRESET ? ' *' : ''}\n  ${p.title[c.lang]}\n  ${p.source[c.lang]}`);
        return 0;
      case 'template':
        return await templateCommand(c.output, c.preset, c.lang, io);
      case 'score':
        return await scoreCommand(c, io);
      // Each command's module is loaded when it runs (a score never loads the forms' or ballots').
      case 'ballots':
        return await (await import('./ballots')).ballotsCommand(c, io);
      case 'forms':
        return await (await import('./forms')).formsCommand(c, io);
      case 'consolidate':
        return await (await import('./forms')).consolidateCommand(c, io);
    }
  } catch (e) {
    io.err(t('failed', 'lang' in c ? c.lang : 'vi', { value: e instanceof Error ? e.message : String(e) }));
    return 2;
  }
}
