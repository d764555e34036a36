/** `thidua ballots <input.xlsx> [--out]`: the ballot form and the prefilled `Phiếu bầu` sheet (vote.md). */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../engine/model';
import { PackageSource } from '../hosts/xlsx/source';
import { makeBallots } from '../jobs/ballots';
import { cannotWrite, sameFile, sniff, writeAtomic, WriteError } from './files';
import { resultWorkbook, type Io } from './main';
import { t, writeFailure, type ValueKey } from './text';
import { diagnosticLine } from './diagnostics-out';

export interface BallotsOptions {
  input: string;
  out: string | null;
  lang: Lang;
}

/** `<input>.phieubau.xlsx` beside the input. */
export function ballotsOutput(input: string): string {
  const ext = path.extname(input);
  return `${input.slice(0, input.length - ext.length)}.phieubau${ext || '.xlsx'}`;
}

export async function ballotsCommand(o: BallotsOptions, io: Io): Promise<number> {
  const usage = (key: ValueKey, value: string): number => {
    io.err(t(key, o.lang, { value }));
    return 2;
  };
  if (path.extname(o.input).toLowerCase() !== '.xlsx') return usage('notXlsx', o.input);
  const out = o.out ?? ballotsOutput(o.input);
  if (path.extname(out).toLowerCase() !== '.xlsx') return usage('notXlsx', out);
  if (await sameFile(out, o.input)) return usage('sameFile', out);
  const code = await cannotWrite(out);
  if (code !== null) {
    io.err(writeFailure(out, code, o.lang));
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(o.input);
  } catch {
    return usage('noFile', o.input);
  }
  const kind = sniff(bytes);
  if (kind === 'ole') return usage('oleFile', o.input);
  if (kind !== 'zip') return usage('notZip', o.input);
  const source = new PackageSource(bytes, path.basename(o.input));
  let book;
  try {
    book = await source.read();
  } catch {
    return usage('notZip', o.input);
  }
  const made = makeBallots(book.grid, o.lang, { ignore: new Set(book.existing.filter((s) => s.marker !== null).map((s) => s.name)) });
  for (const d of made.diagnostics)
    io.err(diagnosticLine(d, o.lang));
  if (!made.ok) {
    if (made.reason === 'exists') io.err(t('ballotsExist', o.lang, { value: made.sheet }));
    else if (made.reason === 'noCandidates') io.err(t('noCandidates', o.lang));
    else io.err(t('errorsFound', o.lang, { value: made.diagnostics.filter((d) => d.severity === 'error').length }));
    return 1;
  }
  const written = await resultWorkbook(source, made.sheets);
  for (const d of written.notes) io.err(diagnosticLine(d, o.lang));
  try {
    await writeAtomic(out, written.bytes);
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    io.err(writeFailure(e.file, e.code, o.lang));
    return 2;
  }
  io.out(t('ballotsWritten', o.lang, { value: out, voters: made.voters, awards: made.awards.length }));
  return 0;
}
