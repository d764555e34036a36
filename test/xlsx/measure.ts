/**
 * A manual measurement (not a jest suite): `thidua score` as a user runs it, a whole process, on
 * a generated cluster workbook; the median wall time and the peak resident memory of the runs.
 *
 *   npx tsc -p tsconfig.cli.json --outDir /tmp/thidua/lib      # the build to measure
 *   (compile this file the same way, with rootDir the checkout)
 *   NODE_PATH=$PWD/node_modules node <measure.js> /tmp/thidua/lib/cli/main.js [units] [criteria] [runs]
 *
 * The input is made as bench/cli.ts makes it: generateCluster(seed 4) written by exceljs. Peak
 * memory is process.resourceUsage().maxRSS at exit, as bench/cli.ts's probe reports it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newWorkbook, toBuffer } from '../../src/hosts/exceljs';
import { generateCluster } from '../support/generate-cluster';

async function measure(mainJs: string, units: number, criteria: number, runs: number): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-measure-'));
  try {
    const grid = generateCluster({ units, criteria, seed: 4 });
    const sheets = grid.sheets.map((s) => ({ name: s.name, rows: s.rows, headerRows: [], titleRows: [], columns: [], tones: [], freeze: { rows: 0, cols: 0 } }));
    const input = path.join(dir, 'cum.xlsx');
    writeFileSync(input, await toBuffer(newWorkbook(sheets)));
    const runner = path.join(dir, 'run.js');
    const rssFile = path.join(dir, 'rss');
    writeFileSync(
      runner,
      `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n` +
        `require(${JSON.stringify(path.resolve(mainJs))}).main(process.argv.slice(2)).then((c) => { process.exitCode = c; });\n`,
    );
    const times: number[] = [];
    const peaks: number[] = [];
    let outSize = 0;
    for (let i = 0; i < runs; i++) {
      const out = path.join(dir, 'cum.ketqua.xlsx');
      rmSync(out, { force: true });
      const t0 = performance.now();
      const p = spawnSync(process.execPath, [runner, 'score', input], { encoding: 'utf8' });
      times.push(performance.now() - t0);
      if (p.status !== 0) throw new Error(`thidua score exited ${p.status}: ${p.stderr.slice(0, 500)}`);
      peaks.push(Number(readFileSync(rssFile, 'utf8')) / 1024);
      outSize = statSync(out).size;
    }
    times.sort((a, b) => a - b);
    const ms = times[Math.floor(times.length / 2)]!;
    console.log(JSON.stringify({ units, criteria, inputKB: Math.round(statSync(input).size / 1024), outputKB: Math.round(outSize / 1024), ms: Math.round(ms), all: times.map(Math.round), peakMB: Math.round(Math.max(...peaks)) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [mainJs, units = '1000', criteria = '50', runs = '3'] = process.argv.slice(2);
if (!mainJs) throw new Error('usage: measure <lib/cli/main.js> [units] [criteria] [runs]');
void measure(mainJs, Number(units), Number(criteria), Number(runs));
