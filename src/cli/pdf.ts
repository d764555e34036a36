/**
 * `thidua score … --pdf <file.pdf>`: the official documents printed to PDF by LibreOffice
 * (`soffice --headless --convert-to pdf`), from a workbook holding only the documents (written by
 * exceljs, which writes their page layout). LibreOffice runs with a user profile of its own in a
 * temporary folder, so it neither needs nor disturbs a running LibreOffice.
 */
import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { newWorkbook, toBuffer } from '../hosts/exceljs';
import type { StyledSheet } from '../workbook/output';
import { writeAtomic } from './files';

/** Where LibreOffice is usually installed, after what PATH finds. */
const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/local/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
];

/** The soffice executable, or null when LibreOffice is not installed. `THIDUA_SOFFICE` overrides (empty: none). */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.THIDUA_SOFFICE !== undefined) return env.THIDUA_SOFFICE && existsSync(env.THIDUA_SOFFICE) ? env.THIDUA_SOFFICE : null;
  const names = process.platform === 'win32' ? ['soffice.exe'] : ['soffice', 'libreoffice'];
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean))
    for (const n of names) if (existsSync(path.join(dir, n))) return path.join(dir, n);
  return CANDIDATES.find((c) => existsSync(c)) ?? null;
}

export type PdfOutcome = { ok: true } | { ok: false; reason: 'noSoffice' } | { ok: false; reason: 'failed'; detail: string };

/** Prints `sheets` to `pdfFile` with LibreOffice. */
export async function printPdf(sheets: readonly StyledSheet[], pdfFile: string, soffice = findSoffice()): Promise<PdfOutcome> {
  if (soffice === null) return { ok: false, reason: 'noSoffice' };
  const dir = await fs.mkdtemp(path.join(tmpdir(), 'thidua-pdf-'));
  try {
    const xlsx = path.join(dir, 'documents.xlsx');
    await fs.writeFile(xlsx, await toBuffer(newWorkbook(sheets)));
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, xlsx];
    const failure = await new Promise<string | null>((resolve) => {
      execFile(soffice, args, { timeout: 180_000 }, (error, _out, stderr) => resolve(error ? `${error.message} ${stderr}`.trim() : null));
    });
    const pdf = path.join(dir, 'documents.pdf');
    if (failure !== null || !existsSync(pdf)) return { ok: false, reason: 'failed', detail: failure ?? 'no PDF' };
    await writeAtomic(pdfFile, await fs.readFile(pdf));
    return { ok: true };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
