/**
 * `thidua forms` and `thidua consolidate` (cycle.md §1): wiring only — files in and out around the
 * jobs of src/jobs/forms.ts and src/jobs/consolidate.ts.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../engine/model';
import { loadXlsx, toBuffer, writeOutputs } from '../hosts/exceljs';
import { applyWrites } from '../hosts/exceljs/form';
import { inflateRawNode } from '../hosts/xlsx/inflate-node';
import { readBook } from '../hosts/xlsx/read-book';
import { readSubmittedForm } from '../hosts/xlsx/read-form';
import { formXlsx } from '../hosts/xlsx/form-xlsx';
import { consolidate, consolidationSummary } from '../jobs/consolidate';
import { makeForms } from '../jobs/forms';
import { formatFileDiagnostic, type SubmittedForm } from '../workbook/consolidate';
import { statusText } from '../workbook/consolidate-sheets';
import { cannotWrite, sameFile, sniff, writeAllAtomic, WriteError } from './files';
import { t, writeFailure, type ValueKey } from './text';
import { diagnosticLine } from './diagnostics-out';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

type Usage = { key: ValueKey; value: string };

/** An input .xlsx's bytes, or the usage error (not .xlsx, missing, an .xls or encrypted file). */
async function readXlsx(file: string, strict: boolean): Promise<Uint8Array | Usage> {
  if (path.extname(file).toLowerCase() !== '.xlsx') return { key: 'notXlsx', value: file };
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return { key: 'noFile', value: file };
  }
  if (!strict) return bytes;
  const kind = sniff(bytes);
  if (kind === 'ole') return { key: 'oleFile', value: file };
  if (kind !== 'zip') return { key: 'notZip', value: file };
  return bytes;
}

/** `cum.xlsx` → `cum.gop.xlsx`. */
export function consolidatedOutput(input: string): string {
  const ext = path.extname(input);
  return `${input.slice(0, input.length - ext.length)}.gop${ext || '.xlsx'}`;
}

export async function formsCommand(o: { input: string; outDir: string; lang: Lang }, io: Io): Promise<number> {
  const bytes = await readXlsx(o.input, true);
  if (!(bytes instanceof Uint8Array)) {
    io.err(t(bytes.key, o.lang, { value: bytes.value }));
    return 2;
  }
  const dir = path.resolve(o.outDir);
  const stat = await fs.stat(dir).catch(() => null);
  if (stat && !stat.isDirectory()) {
    io.err(t('notAFolder', o.lang, { value: o.outDir }));
    return 2;
  }
  const parentProblem = stat ? await cannotWrite(path.join(dir, 'x.xlsx')) : await cannotWrite(dir);
  if (parentProblem !== null) {
    io.err(writeFailure(o.outDir, parentProblem, o.lang));
    return 2;
  }
  let grid;
  try {
    grid = (await readBook(bytes, path.basename(o.input), inflateRawNode)).grid;
  } catch {
    io.err(t('notZip', o.lang, { value: o.input }));
    return 2;
  }
  const made = makeForms(grid, o.lang);
  for (const d of made.diagnostics)
    io.err(diagnosticLine(d, o.lang));
  if (!made.ok) {
    io.err(t('formsFailed', o.lang, { value: made.diagnostics.filter((d) => d.severity === 'error').length }));
    return 1;
  }
  const files: { file: string; data: Uint8Array }[] = [];
  for (const form of made.forms) {
    const file = path.join(dir, form.file);
    if (await sameFile(file, o.input)) {
      io.err(t('sameFile', o.lang, { value: file }));
      return 2;
    }
    files.push({ file, data: await formXlsx(form) });
  }
  try {
    if (!stat) await fs.mkdir(dir);
    await writeAllAtomic(files);
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    io.err(writeFailure(e.file, e.code, o.lang));
    return 2;
  }
  io.out(t('formsWritten', o.lang, { value: files.length, folder: o.outDir }));
  for (const f of made.forms) io.out(t('formWritten', o.lang, { value: f.file }));
  return 0;
}

export interface ConsolidateOptions {
  input: string;
  forms: string[];
  out: string | null;
  prefer: 'cluster' | 'submitted';
  lang: Lang;
}

export async function consolidateCommand(o: ConsolidateOptions, io: Io): Promise<number> {
  const lang = o.lang;
  const bytes = await readXlsx(o.input, true);
  if (!(bytes instanceof Uint8Array)) {
    io.err(t(bytes.key, lang, { value: bytes.value }));
    return 2;
  }
  const out = o.out ?? consolidatedOutput(o.input);
  if (path.extname(out).toLowerCase() !== '.xlsx') {
    io.err(t('notXlsx', lang, { value: out }));
    return 2;
  }
  for (const input of [o.input, ...o.forms])
    if (await sameFile(out, input)) {
      io.err(t('sameFile', lang, { value: out }));
      return 2;
    }
  const problem = await cannotWrite(out);
  if (problem !== null) {
    io.err(writeFailure(out, problem, lang));
    return 2;
  }
  const forms: SubmittedForm[] = [];
  for (const file of o.forms) {
    // A form that is not a workbook is refused with the others, not a usage error.
    const data = await readXlsx(file, false);
    if (!(data instanceof Uint8Array)) {
      io.err(t(data.key, lang, { value: data.value }));
      return 2;
    }
    forms.push(await readSubmittedForm(path.basename(file), data));
  }
  let loaded;
  try {
    loaded = await loadXlsx(bytes, path.basename(o.input));
  } catch {
    io.err(t('notZip', lang, { value: o.input }));
    return 2;
  }
  const { plan, sheets } = consolidate({ file: path.basename(o.input), grid: loaded.grid }, forms, { lang, prefer: o.prefer });
  for (const d of plan.diagnostics)
    io.err(diagnosticLine(d, lang, formatFileDiagnostic));
  if (!plan.ok) {
    io.err(t('nothingConsolidated', lang));
    return 1;
  }
  applyWrites(loaded.workbook, plan.writes);
  const notes = writeOutputs(loaded.workbook, sheets);
  for (const d of notes) io.err(diagnosticLine(d, lang));
  try {
    await writeAllAtomic([{ file: out, data: await toBuffer(loaded.workbook) }]);
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    io.err(writeFailure(e.file, e.code, lang));
    return 2;
  }
  for (const s of plan.submissions) io.out(`${s.unit ?? '—'}${s.file ? ` (${s.file})` : ''}: ${statusText(s.status, lang)}`);
  const n = consolidationSummary(plan);
  io.out(t('consolidated', lang, { cells: n.cells, conflicts: n.conflicts, refused: n.refused, value: out }));
  return 0;
}
