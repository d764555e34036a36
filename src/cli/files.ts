/** Files for the CLI: what kind of file an input is, and atomic writes (temp file, then rename). */
import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';

export type FileKind = 'zip' | 'ole' | 'other';

/** .xlsx files are zip archives; .xls and password-protected .xlsx are OLE compound files. */
export function sniff(bytes: Uint8Array): FileKind {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (bytes.length >= 8 && ole.every((b, i) => bytes[i] === b)) return 'ole';
  return 'other';
}

/** A file that could not be written, and why (the system's error code: ENOENT, EACCES, ENOSPC…). */
export class WriteError extends Error {
  constructor(
    readonly file: string,
    readonly code: string,
  ) {
    super(`${file}: ${code}`);
  }
}

function codeOf(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : String(e);
}

const tempOf = (file: string): string => path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);

/**
 * Writes every file through a temporary file in its folder, then renames them all: never a
 * half-written file, and when one cannot be written none is (each temporary file is removed).
 */
export async function writeAllAtomic(files: readonly { file: string; data: Uint8Array | string }[]): Promise<void> {
  const temps: { tmp: string; file: string }[] = [];
  try {
    for (const f of files) {
      const tmp = tempOf(f.file);
      temps.push({ tmp, file: f.file });
      await fs.writeFile(tmp, f.data).catch((e: unknown) => {
        throw new WriteError(f.file, codeOf(e));
      });
    }
    for (const t of temps)
      await fs.rename(t.tmp, t.file).catch((e: unknown) => {
        throw new WriteError(t.file, codeOf(e));
      });
  } catch (e) {
    await Promise.all(temps.map((t) => fs.rm(t.tmp, { force: true })));
    throw e;
  }
}

export async function writeAtomic(file: string, data: Uint8Array | string): Promise<void> {
  await writeAllAtomic([{ file, data }]);
}

/** Null when `file` can be written (its folder exists and takes files; it is not a folder); the error code otherwise. */
export async function cannotWrite(file: string): Promise<string | null> {
  try {
    const dir = path.dirname(path.resolve(file));
    if (!(await fs.stat(dir)).isDirectory()) return 'ENOTDIR';
    await fs.access(dir, fsConstants.W_OK);
  } catch (e) {
    return codeOf(e);
  }
  const self = await fs.stat(file).catch(() => null);
  return self?.isDirectory() ? 'EISDIR' : null;
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/** `cum.xlsx` → `cum.ketqua.xlsx`. */
export function defaultOutput(input: string): string {
  const ext = path.extname(input);
  return `${input.slice(0, input.length - ext.length)}.ketqua${ext || '.xlsx'}`;
}

export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}
