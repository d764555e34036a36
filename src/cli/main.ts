/**
 * `thidua`: the same engine on .xlsx files (cli.md). Returns the exit status: 0 scored,
 * 1 the workbook has errors (no file written), 2 usage errors. No exception escapes.
 */
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../engine/diagnostics';
import { toResultJson } from '../engine/json';
import type { Lang } from '../engine/model';
import { loadXlsx, newWorkbook, toBuffer, writeOutputs } from '../hosts/exceljs';
import { addOutputSheets } from '../hosts/xlsx';
import { DEFAULT_PRESET, findPreset, presetSheets, PRESETS } from '../presets';
import type { WorkbookGrid } from '../workbook/grid';
import type { OutputSheet } from '../workbook/output';
import { scoreGrid } from '../workbook/pipeline';
import { parseCommand } from './args';
import { consolidateCommand, formsCommand } from './forms';
import { cannotWrite, defaultOutput, exists, sameFile, sniff, writeAllAtomic, writeAtomic, WriteError } from './files';
import { nominationsText, rankingText } from './print';
import { t, writeFailure, type TextKey } from './text';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const stdio: Io = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) };

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

type Usage = { key: TextKey; value: string };

async function readInput(file: string): Promise<Uint8Array | Usage> {
  if (path.extname(file).toLowerCase() !== '.xlsx') return { key: 'notXlsx', value: file };
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return { key: 'noFile', value: file };
  }
  const kind = sniff(bytes);
  if (kind === 'ole') return { key: 'oleFile', value: file };
  if (kind !== 'zip') return { key: 'notZip', value: file };
  return bytes;
}

/** The input grid; the exceljs workbook it was read from is left to the garbage collector. */
async function readGrid(bytes: Uint8Array, name: string): Promise<WorkbookGrid> {
  return (await loadXlsx(bytes, name)).grid;
}

/**
 * The result workbook: the input package with the output sheets added by the surgical writer
 * (every other part kept byte for byte); for a package it will not edit (a strict-OOXML workbook,
 * a missing part: `Written.reason`), the whole workbook rewritten by exceljs, as before.
 */
export async function resultWorkbook(input: Uint8Array, sheets: readonly OutputSheet[]): Promise<{ bytes: Uint8Array; notes: Diagnostic[]; surgical: boolean }> {
  const written = await addOutputSheets(input, sheets);
  if (written.ok) return { bytes: written.bytes, notes: written.notes, surgical: true };
  const { workbook } = await loadXlsx(input);
  const notes = writeOutputs(workbook, sheets);
  return { bytes: await toBuffer(workbook), notes, surgical: false };
}

export interface ScoreOptions {
  input: string;
  out: string | null;
  json: string | null;
  lang: Lang;
}

export async function scoreCommand(o: ScoreOptions, io: Io = stdio): Promise<number> {
  const bytes = await readInput(o.input);
  if (!(bytes instanceof Uint8Array)) {
    io.err(t(bytes.key, o.lang, { value: bytes.value }));
    return 2;
  }
  const out = o.out ?? defaultOutput(o.input);
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
  // Folders that cannot take the outputs are said before any work, and nothing is written.
  for (const f of o.json !== null && o.json !== '-' ? [out, o.json] : [out]) {
    const code = await cannotWrite(f);
    if (code !== null) {
      io.err(writeFailure(f, code, o.lang));
      return 2;
    }
  }
  let grid;
  try {
    grid = await readGrid(bytes, path.basename(o.input));
  } catch {
    io.err(t('notZip', o.lang, { value: o.input }));
    return 2;
  }
  const scored = scoreGrid(grid, o.lang);
  const { result } = scored;
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  for (const d of result.diagnostics)
    io.err(d.severity === 'error' ? formatDiagnostic(d, o.lang) : `${t('warning', o.lang)}: ${formatDiagnostic(d, o.lang)}`);
  if (!result.ok) {
    if (o.json === '-') io.out(JSON.stringify(toResultJson(result, o.lang), null, 2));
    io.err(t('errorsFound', o.lang, { value: errors.length }));
    return 1;
  }
  const written = await resultWorkbook(bytes, scored.sheets);
  const notes = written.notes;
  for (const d of notes) io.err(`${t('warning', o.lang)}: ${formatDiagnostic(d, o.lang)}`);
  const json = toResultJson({ ...result, diagnostics: [...result.diagnostics, ...notes] }, o.lang);
  // The workbook and the JSON file are written together: both, or neither.
  const files: { file: string; data: Uint8Array | string }[] = [{ file: out, data: written.bytes }];
  if (o.json !== null && o.json !== '-') files.push({ file: o.json, data: `${JSON.stringify(json, null, 2)}\n` });
  try {
    await writeAllAtomic(files);
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    io.err(writeFailure(e.file, e.code, o.lang));
    return 2;
  }
  if (o.json === '-') io.out(JSON.stringify(json, null, 2));
  else {
    io.out(rankingText(result, o.lang));
    io.out('');
    io.out(nominationsText(result, o.lang));
    io.out('');
    if (o.json !== null) io.out(t('jsonWritten', o.lang, { value: o.json }));
    io.out(t('written', o.lang, { value: out }));
  }
  return 0;
}

export async function templateCommand(output: string, presetName: string, lang: Lang, io: Io = stdio): Promise<number> {
  const preset = findPreset(presetName);
  if (!preset) {
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
    await writeAtomic(output, await toBuffer(newWorkbook(presetSheets(preset, lang))));
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    io.err(writeFailure(e.file, e.code, lang));
    return 2;
  }
  io.out(t('templateWritten', lang, { value: output }));
  return 0;
}

const HELP = { score: 'scoreHelp', template: 'templateHelp', presets: 'presetsHelp', forms: 'formsHelp', consolidate: 'consolidateHelp' } as const satisfies Record<string, TextKey>;

export async function main(argv: readonly string[], io: Io = stdio): Promise<number> {
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
        io.out(t(c.topic === null ? 'usage' : HELP[c.topic], c.lang));
        return 0;
      case 'presets':
        for (const p of PRESETS) io.out(`${p.name}${p.name === DEFAULT_PRESET ? ' *' : ''}\n  ${p.title[c.lang]}\n  ${p.source[c.lang]}`);
        return 0;
      case 'template':
        return await templateCommand(c.output, c.preset, c.lang, io);
      case 'score':
        return await scoreCommand(c, io);
      case 'forms':
        return await formsCommand(c, io);
      case 'consolidate':
        return await consolidateCommand(c, io);
    }
  } catch (e) {
    io.err(t('failed', 'lang' in c ? c.lang : 'vi', { value: e instanceof Error ? e.message : String(e) }));
    return 2;
  }
}
