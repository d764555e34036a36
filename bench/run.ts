/**
 * `npm run bench`: the figures behind "fast", measured side by side in one run and printed beside
 * the targets we hold ourselves to. `-- --quick` for a short run, `-- --json <file>` to keep them.
 * Every figure is the median of several runs after a warm-up.
 */
import { auditRun } from './audit';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleSizes, type BundleFigures } from './bundle';
import { cliRun } from './cli';
import { consolidateBench } from './consolidate';
import { engineVsBareLoop, engineVsHyperformula } from './engine';
import { rankColumnMs, resultsMs } from './functions';
import { officeRoundTrips, payloadFloor } from './office';
import { paneLoad } from './pane';
import { checkBudgets } from './budgets';
import { paneClickToResults } from './pane-work';
import { fmt } from './util';
import { voteCount } from './vote';
import { millionRows } from '../test/robustness/million';

const ROOT = path.resolve(__dirname, '..', '..');

interface Args {
  quick: boolean;
  /** Where the JSON goes: a file, `-` for stdout (the table then goes to stderr), or nowhere. */
  json: string | null;
}

/** `--json <file>`, or `--json` alone (or `--json -`) for the JSON on stdout. */
function parse(argv: readonly string[]): Args {
  const i = argv.indexOf('--json');
  const next = i >= 0 ? argv[i + 1] : undefined;
  const json = i < 0 ? null : next === undefined || next.startsWith('--') ? '-' : next;
  return { quick: argv.includes('--quick'), json };
}

/** The human table: on stdout, or on stderr when stdout carries the JSON. */
let say = (text: string): void => void process.stdout.write(text);

function line(label: string, value: string, target: string, ok: boolean | null): void {
  const mark = ok === null ? '  ' : ok ? '✓ ' : '✗ ';
  say(`${mark}${label.padEnd(58)} ${value.padStart(16)}   ${target}\n`);
}

/** The production bundles, built when missing or stale (the one build helper the tests use too). */
async function ensureBuild(): Promise<BundleFigures | null> {
  const build = require(path.join(ROOT, 'scripts', 'build', 'ensure-build.js')) as { ensureDist(o: { log: (l: string) => void }): Promise<unknown> };
  try {
    await build.ensureDist({ log: (l) => say(`  (${l})\n`) });
  } catch {
    return null;
  }
  return bundleSizes(path.join(ROOT, 'dist'));
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  if (args.json === '-') say = (text) => void process.stderr.write(text);
  const runs = args.quick ? 3 : 5;
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  say(`Thi đua benchmarks — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB${args.quick ? ', quick' : ''}\n\n`);

  say('1. Engine vs the spreadsheet way (HyperFormula: IF/MIN/MAX per criterion, SUM, COUNTIF rank; same totals and ranks checked)\n');
  const sizes: [number, number][] = args.quick ? [[100, 20], [1000, 20]] : [[100, 20], [1000, 20], [5000, 30]];
  const hf = engineVsHyperformula(sizes, runs);
  for (const h of hf)
    line(
      `${h.units} × ${h.criteria}: engine ${fmt(h.engineMs)} ms, HyperFormula ${fmt(h.hyperformulaMs, 0)} ms`,
      `${fmt(h.ratio, 0)}× faster`,
      h.units === 1000 ? 'target ≥ 100× at 1,000 × 20' : '',
      h.units === 1000 ? h.ratio >= 100 : null,
    );

  say('\n2. Engine vs the limit (a bare typed-array loop doing only the proportional arithmetic)\n');
  const bare = engineVsBareLoop(10_000, 100, args.quick ? 2 : 3);
  line(`10,000 × 100: engine ${fmt(bare.engineMs, 0)} ms, bare loop ${fmt(bare.bareMs)} ms`, `${fmt(bare.ratio)}×`, 'target within 5×', bare.ratio <= 5);
  line('10,000 × 100: engine time', `${fmt(bare.engineMs, 0)} ms`, 'target < 1,000 ms', bare.engineMs < 1000);
  line('10,000 × 100: engine heap growth (result kept)', `${fmt(bare.heapMB, 0)} MB`, '', null);

  say('\n3. Excel round trips of the one-click flow (in-memory Excel host, flags in place on)\n');
  const office = await officeRoundTrips([10, 1000, 10_000], 8);
  for (const o of office)
    line(
      `${o.units} units: context.sync() calls, largest request`,
      `${o.syncs}, ${fmt(o.maxRequestBytes / 1e6, 2)} MB`,
      'target same count, ≤ 10; ≤ 4 MB',
      o.syncs <= 10 && o.maxRequestBytes <= 4e6,
    );
  const floor = payloadFloor(office);
  const last = office[office.length - 1]!;
  line(`syncs at ${last.units.toLocaleString('en-US')} units against the payload floor`, `${last.syncs} / ${floor}`, 'target at the floor', last.syncs <= floor);

  say('\n4. Custom functions (one full recalculation)\n');
  const rankMs = rankColumnMs(10_000, runs);
  line('THIDUA.RANK over a 10,000-cell column (all cells)', `${fmt(rankMs, 0)} ms`, '', null);
  const resMs = resultsMs(1000, 50, runs);
  line('THIDUA.RESULTS over 1,000 units × 50 criteria', `${fmt(resMs, 0)} ms`, 'target < 50 ms', resMs < 50);
  const recalcMs = resultsMs(1000, 50, runs, true);
  line('  the same, recalculated with its inputs unchanged', `${fmt(recalcMs, 1)} ms`, '', null);
  // Measured last: by then this process has scored the cluster 2 × (runs + 2) times.
  const steadyMs = resultsMs(1000, 50, runs, false, 10);
  line('  the same scored anew, after ten more calls (a workbook open for a while)', `${fmt(steadyMs, 0)} ms`, '', null);

  say('\n5. Command line (whole process)\n');
  const cli = await cliRun(ROOT, 1000, 50, args.quick ? 1 : 3);
  line('thidua score, 1,000 units × 50 criteria .xlsx', `${fmt(cli.ms, 0)} ms`, 'target < 2,000 ms', cli.ms < 2000);
  line('thidua score, peak memory (max RSS)', `${fmt(cli.peakMB, 0)} MB`, 'target < 250 MB', cli.peakMB < 250);

  say('\n5b. Consolidating unit forms (read, check, plan the cells)\n');
  const cons = await consolidateBench(60, 15, args.quick ? 1 : 3);
  line(`consolidate.ms: ${cons.forms} forms × ${cons.criteria} criteria (${cons.cellsWritten} cells)`, `${fmt(cons.consolidateMs, 0)} ms`, 'target < 3,000 ms', cons.consolidateMs < 3000);
  line('the same rows read from one workbook', `${fmt(cons.oneWorkbookMs, 0)} ms`, '', null);

  say('\n6. Task pane\n');
  const bundle = await ensureBuild();
  if (bundle) {
    line('task pane bundle (gzip)', `${fmt(bundle.taskpaneGzipBytes / 1024)} KB`, 'target < 200 KB', bundle.taskpaneGzipBytes < 200 * 1024);
    line('functions bundle (gzip)', `${fmt(bundle.functionsGzipBytes / 1024)} KB`, '', null);
  } else line('bundles', 'build failed', '', false);
  const pane = await paneLoad(ROOT, runs);
  if (pane !== null) {
    line('navigation → interactive task pane (Chromium, cold cache)', `${fmt(pane.pane.interactiveMedianMs, 0)} ms`, '', null);
    line('navigation → workbook summary shown in the pane', `${fmt(pane.pane.readyMedianMs, 0)} ms`, '', null);
    line('navigation → interactive preview page (grid + pane)', `${fmt(pane.preview.interactiveMedianMs, 0)} ms`, '', null);
  } else line('navigation → interactive pane', 'Chromium not found', '', null);
  const work = await paneClickToResults(300, 20, 400, args.quick ? 1 : 3);
  line(`click → results, ${work.units} units (${work.syncs} syncs × ${work.syncDelayMs} ms simulated)`, `${fmt(work.clickToResultsMs, 0)} ms`, '', null);
  line(`longest main-thread block meanwhile, ${work.units} units`, `${fmt(work.longestBlockMs, 0)} ms`, 'target < 100 ms', work.longestBlockMs < 100);
  line(`the same in CPU time (${work.turns} turns of the event loop)`, `${fmt(work.longestBlockCpuMs, 0)} ms`, '', null);

  say('\n7. A 1,000,000-row data sheet (read, score, output sheets)\n');
  // Once even with --quick: its budget is part of every run. Garbage of the sections above first.
  global.gc?.();
  const million = millionRows();
  line(`${million.rows.toLocaleString('en-US')} rows (${million.units.toLocaleString('en-US')} units): read + score + output sheets`, `${fmt(million.scoreMs / 1000, 1)} s`, 'target < 5 s', million.ok && million.scoreMs < 5000);
  line('heap in use afterwards', `${fmt(million.heapMB, 0)} MB`, 'target < 600 MB', million.heapMB < 600);

  say('\n8. Formula audit (Công thức kiểm tra)\n');
  const audit = auditRun(1000, 50, runs);
  line(`building the audit sheet, 1,000 units × 50 criteria (${audit.formulas.toLocaleString('en-US')} formulas)`, `${fmt(audit.ms, 0)} ms`, '', null);
  say('\n9. The vote (vote.md): the count of every ballot row\n');
  const vote = voteCount(60, 10, 60, runs);
  line(`${vote.units} units × ${vote.awards} awards × ${vote.ballots} ballots (${vote.rows.toLocaleString('en-US')} rows)`, `${fmt(vote.ms, 2)} ms`, 'target < 10 ms', vote.ms < 10);

  const figures = {
    machine: { cpu, cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString() },
    quick: args.quick,
    engine: {
      vsHyperformula: Object.fromEntries(hf.map((h) => [`${h.units}x${h.criteria}`, h.ratio])),
      hyperformula: hf,
      vsBareLoop: bare.ratio,
      bareLoop: bare,
    },
    office: {
      syncs: Object.fromEntries(office.map((o) => [String(o.units), o.syncs])),
      payloadFloor: floor,
      maxRequestBytes: Math.max(...office.map((o) => o.maxRequestBytes)),
      runs: office,
    },
    functions: { rankMs, resultsMs: resMs, resultsRecalcMs: recalcMs, resultsSteadyMs: steadyMs },
    cli: { ms: cli.ms, peakMB: cli.peakMB, units: cli.units, criteria: cli.criteria },
    consolidate: { ms: cons.consolidateMs, oneWorkbookMs: cons.oneWorkbookMs, forms: cons.forms, criteria: cons.criteria },
    bundle: bundle ?? {},
    pane: {
      ...(pane ? { interactiveMs: pane.pane.interactiveMedianMs, summaryMs: pane.pane.readyMedianMs, previewInteractiveMs: pane.preview.interactiveMedianMs } : {}),
      clickToResultsMs: work.clickToResultsMs,
      longestBlockMs: work.longestBlockMs,
      clickToResults: work,
    },
    million,
    audit: { ms: audit.ms, units: audit.units, criteria: audit.criteria, formulas: audit.formulas },
    vote: { ms: vote.ms, units: vote.units, awards: vote.awards, ballots: vote.ballots, rows: vote.rows },
  };
  const budgets = checkBudgets(figures);
  say('\nBudgets (issue 17)\n');
  for (const b of budgets) line(`${b.key}: ${b.what}`, b.value === null ? 'not measured' : fmt(b.value, b.value < 100 ? 1 : 0), b.target, b.pass);
  const json = `${JSON.stringify({ ...figures, budgets }, null, 2)}\n`;
  if (args.json === '-') process.stdout.write(json);
  else if (args.json) {
    writeFileSync(args.json, json);
    say(`\nJSON written: ${args.json}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
