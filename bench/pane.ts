/**
 * Time from navigation to an interactive task pane in the browser preview (Debian's Chromium), as
 * measured by scripts/preview/measure.js (issue 4); null when no Chromium is installed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

interface LoadReport {
  pane: { interactiveMedianMs: number; readyMedianMs: number };
  preview: { interactiveMedianMs: number };
}

export async function paneLoad(root: string, runs: number): Promise<LoadReport | null> {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) return null;
  // Plain JavaScript beside the preview's server; required at run time, not compiled with the bench.
  const measure = require(path.join(root, 'scripts', 'preview', 'measure.js')) as {
    measureLoad(o: { runs: number; executablePath: string }): Promise<LoadReport>;
  };
  return measure.measureLoad({ runs, executablePath: chromium });
}
