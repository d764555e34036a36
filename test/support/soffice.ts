/**
 * LibreOffice (`soffice --headless`) for the tests that let it recalculate or print a workbook. The
 * tests run when /usr/bin/soffice exists; in CI (`CI` set) a missing soffice fails them instead of
 * letting them pass without having looked. Each run has its own user profile, so runs in parallel
 * (other test files, other developers) never share LibreOffice's lock.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const SOFFICE = '/usr/bin/soffice';

/** Whether LibreOffice tests run here; throws in CI when it is missing. */
export function sofficeAvailable(): boolean {
  if (existsSync(SOFFICE)) return true;
  if (process.env.CI) throw new Error(`${SOFFICE} is required in CI (apt-get install libreoffice-calc-nogui)`);
  return false;
}

/** Converts files with `soffice --headless --convert-to <format>` into `outDir`; resolves when done. */
export async function sofficeConvert(files: readonly string[], format: string, outDir: string): Promise<void> {
  const profile = mkdtempSync(path.join(tmpdir(), 'thidua-lo-'));
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        SOFFICE,
        [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...files],
        { timeout: 170_000 },
        (error, _stdout, stderr) => (error ? reject(new Error(`soffice failed: ${error.message}\n${stderr}`)) : resolve()),
      );
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
