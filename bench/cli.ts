/** The command line as a user runs it: a whole `thidua score` process, time and peak memory. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newWorkbook, toBuffer } from '../src/hosts/exceljs';
import { generateCluster } from '../test/support/generate-cluster';
import { median } from './util';

export interface CliFigures {
  units: number;
  criteria: number;
  ms: number;
  peakMB: number;
}

export async function cliRun(root: string, units: number, criteria: number, runs: number): Promise<CliFigures> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-'));
  try {
    const grid = generateCluster({ units, criteria, seed: 4 });
    const sheets = grid.sheets.map((s) => ({ name: s.name, rows: s.rows, headerRows: [], titleRows: [], columns: [], tones: [], freeze: { rows: 0, cols: 0 } }));
    const input = path.join(dir, 'cum.xlsx');
    writeFileSync(input, await toBuffer(newWorkbook(sheets)));
    // A preload that reports the process's peak resident memory when it exits.
    const probe = path.join(dir, 'probe.js');
    const rssFile = path.join(dir, 'rss');
    writeFileSync(probe, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));`);
    const times: number[] = [];
    const peaks: number[] = [];
    for (let i = 0; i < runs; i++) {
      rmSync(path.join(dir, 'cum.ketqua.xlsx'), { force: true });
      const t0 = performance.now();
      const p = spawnSync(process.execPath, ['-r', probe, path.join(root, 'bin', 'thidua.js'), 'score', input], { encoding: 'utf8' });
      times.push(performance.now() - t0);
      if (p.status !== 0) throw new Error(`thidua score exited ${p.status}: ${p.stderr.slice(0, 500)}`);
      peaks.push(Number(readFileSync(rssFile, 'utf8')) / 1024);
    }
    return { units, criteria, ms: median(times), peakMB: Math.max(...peaks) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
