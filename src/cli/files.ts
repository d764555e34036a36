/** Files for the CLI: what kind of file an input is, and atomic writes (temp file, then rename). */
import { constants as fsConstants, promises as fs, renameSync, rmSync } from 'node:fs';
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

const tempOf = (file: string, kind = 'tmp'): string => path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.${kind}`);

/** What writing needs of the system: the file operations and the signals (replaced in tests). */
export interface WriteOps {
  writeFile(file: string, data: Uint8Array | string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  exists(file: string): Promise<boolean>;
  /** Removes a file now (also from a signal handler), never throwing. */
  removeSync(file: string): void;
  /** Calls `f` on SIGINT or SIGTERM until the returned function is called. */
  onSignal(f: (signal: NodeJS.Signals) => void): () => void;
  /** Ends the process by the signal, as if nothing had caught it. */
  raise(signal: NodeJS.Signals): void;
}

export const SYSTEM: WriteOps = {
  writeFile: (file, data) => fs.writeFile(file, data),
  rename: (from, to) => fs.rename(from, to),
  exists,
  removeSync: (file) => {
    try {
      rmSync(file, { force: true });
    } catch {
      // Nothing more can be done about a file that cannot be removed.
    }
  },
  onSignal: (f) => {
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const s of signals) process.on(s, f);
    return () => {
      for (const s of signals) process.off(s, f);
    };
  },
  raise: (signal) => process.kill(process.pid, signal),
};

/**
 * Writes every file through a temporary file in its folder, then renames them all: never a
 * half-written file, and when one cannot be written or renamed, none is — a file already replaced
 * gets its old content back (each target is first moved aside, and moved back on failure). A
 * SIGINT or SIGTERM meanwhile removes the temporary files and puts the old ones back before the
 * process ends.
 */
export async function writeAllAtomic(files: readonly { file: string; data: Uint8Array | string }[], ops: WriteOps = SYSTEM): Promise<void> {
  const temps: { tmp: string; file: string; backup: string | null; done: boolean }[] = [];
  const undo = (): void => {
    for (const t of [...temps].reverse()) {
      if (t.done && t.backup === null) ops.removeSync(t.file);
      if (t.backup !== null) {
        try {
          renameSync(t.backup, t.file);
        } catch {
          // The backup was never made (the move aside failed): nothing to put back.
        }
      }
      ops.removeSync(t.tmp);
    }
  };
  const stop = ops.onSignal((signal) => {
    undo();
    stop();
    ops.raise(signal);
  });
  try {
    for (const f of files) {
      const t = { tmp: tempOf(f.file), file: f.file, backup: null as string | null, done: false };
      temps.push(t);
      await ops.writeFile(t.tmp, f.data).catch((e: unknown) => {
        throw new WriteError(f.file, codeOf(e));
      });
    }
    for (const t of temps) {
      if (await ops.exists(t.file)) {
        const backup = tempOf(t.file, 'old');
        await ops.rename(t.file, backup).catch((e: unknown) => {
          throw new WriteError(t.file, codeOf(e));
        });
        t.backup = backup;
      }
      await ops.rename(t.tmp, t.file).catch((e: unknown) => {
        throw new WriteError(t.file, codeOf(e));
      });
      t.done = true;
    }
  } catch (e) {
    undo();
    throw e;
  } finally {
    stop();
  }
  for (const t of temps) if (t.backup !== null) ops.removeSync(t.backup);
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

/** Why an input file cannot be read. */
export type InputProblem = 'noFile' | 'isFolder' | 'notRegularFile' | 'unreadable' | 'inputTooLarge';

/** The largest input file read (a workbook of 1,000 units × 50 criteria is a few megabytes). */
export const MAX_INPUT_BYTES = 512 << 20;

/**
 * The bytes of an input file, or why not: missing, a folder, not a regular file (a FIFO, a device,
 * a socket: refused before opening, so reading never blocks), unreadable (permissions), too large.
 */
export async function readInputFile(file: string): Promise<Uint8Array | { problem: InputProblem; code?: string }> {
  let st;
  try {
    st = await fs.stat(file);
  } catch (e) {
    const code = codeOf(e);
    return code === 'ENOENT' || code === 'ENOTDIR' ? { problem: 'noFile' } : { problem: 'unreadable', code };
  }
  if (st.isDirectory()) return { problem: 'isFolder' };
  if (!st.isFile()) return { problem: 'notRegularFile' };
  if (st.size > MAX_INPUT_BYTES) return { problem: 'inputTooLarge' };
  try {
    return await fs.readFile(file);
  } catch (e) {
    return { problem: 'unreadable', code: codeOf(e) };
  }
}
