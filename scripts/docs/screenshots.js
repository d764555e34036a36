/**
 * The official documents of each fixture, printed by LibreOffice and rendered to PNG into
 * docs/screenshots/ (issue 15): `Danh sách đề nghị khen thưởng` of every fixture
 * (`10-danh-sach-<fixture>.png`, page 1), and `Biên bản kiểm phiếu` of the Hải Phòng fixture after a
 * vote (`13-bien-ban-kiem-phieu-hai-phong.png`, page 1; its ballots: `thidua ballots`, then every
 * voter says yes to the first candidates of each award, a fixed pattern).
 *
 *   npm run build:cli && node scripts/docs/screenshots.js [--out <folder>] [--dpi 80]
 *
 * The PDF is the one `thidua score --pdf` prints (soffice --headless); its pages become PNG with
 * poppler's `pdftoppm` when installed, else with scripts/docs/pdf-to-png.py (PDFium, which
 * LibreOffice ships). Runs LibreOffice through the command line's own printPdf; nothing else starts.
 */
'use strict';
const { execFileSync } = require('child_process');
const { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } = require('fs');
const { tmpdir } = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..');
const LIB = path.join(ROOT, 'lib');
const BIN = path.join(ROOT, 'bin', 'thidua');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const NAMES = ['example-a', 'hai-phong-huyen-2024', 'cong-an-cum-347'];

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const OUT = path.resolve(option('--out', path.join(ROOT, 'docs', 'screenshots')));
const DPI = Number(option('--dpi', '80'));

function which(cmd) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) if (dir && existsSync(path.join(dir, cmd))) return path.join(dir, cmd);
  return null;
}

/** The first page of a PDF as `png`. */
function firstPage(pdf, png, work) {
  const prefix = path.join(work, path.basename(png, '.png'));
  const pdftoppm = which('pdftoppm');
  if (pdftoppm) {
    execFileSync(pdftoppm, ['-png', '-r', String(DPI), '-f', '1', '-l', '1', pdf, prefix]);
    const made = [`${prefix}-1.png`, `${prefix}-01.png`].find((f) => existsSync(f));
    renameSync(made, png);
  } else {
    execFileSync('/usr/bin/python3', [path.join(__dirname, 'pdf-to-png.py'), pdf, prefix, String(DPI)]);
    renameSync(`${prefix}-1.png`, png);
  }
  console.log(path.relative(ROOT, png));
}

function thidua(...args) {
  execFileSync(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** The Hải Phòng fixture with its ballots entered: each voter says yes to the first `seats` candidates, shifted by the voter. */
async function votedWorkbook(work) {
  const ExcelJS = require('exceljs');
  const ballots = path.join(work, 'hai-phong.phieubau.xlsx');
  thidua('ballots', path.join(FIXTURES, 'hai-phong-huyen-2024.xlsx'), '--out', ballots);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(ballots);
  const ws = book.getWorksheet('Phiếu bầu');
  const seen = new Map();
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const [ballot, award] = [Number(row.getCell(1).value), String(row.getCell(2).value)];
    const key = `${ballot}|${award}`;
    const i = seen.get(key) ?? 0;
    seen.set(key, i + 1);
    // Voters 1–6 say yes to the award's first candidate, voters 1–3 to its second too.
    if ((i === 0 && ballot <= 6) || (i === 1 && ballot <= 3)) row.getCell(4).value = 'x';
  });
  await book.xlsx.writeFile(ballots);
  return ballots;
}

async function main() {
  if (!existsSync(path.join(LIB, 'cli', 'main.js'))) throw new Error('run `npm run build:cli` first');
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), 'thidua-shots-'));
  try {
    NAMES.forEach((name, i) => {
      const pdf = path.join(work, `${name}.pdf`);
      thidua('score', path.join(FIXTURES, `${name}.xlsx`), '--out', path.join(work, `${name}.ketqua.xlsx`), '--pdf', pdf);
      if (!existsSync(pdf)) throw new Error(`no PDF for ${name}: is LibreOffice (soffice) installed?`);
      firstPage(pdf, path.join(OUT, `${10 + i}-danh-sach-${name}.png`), work);
    });
    // The minutes alone, printed as `--pdf` prints them after the list.
    const voted = await votedWorkbook(work);
    const { loadXlsx } = require(path.join(LIB, 'hosts', 'exceljs'));
    const { scoreGrid } = require(path.join(LIB, 'workbook', 'pipeline'));
    const { printPdf } = require(path.join(LIB, 'cli', 'pdf'));
    const result = scoreGrid((await loadXlsx(readFileSync(voted), 'hai-phong')).grid, 'vi').result;
    if (!result.ok || !result.vote) throw new Error('the voted workbook did not count');
    const { minutesSheet } = require(path.join(LIB, 'workbook', 'vote-sheets'));
    const pdf = path.join(work, 'bien-ban.pdf');
    const printed = await printPdf([minutesSheet(result, result.vote, 'vi')], pdf);
    if (!printed.ok) throw new Error(`the minutes were not printed: ${printed.reason}`);
    firstPage(pdf, path.join(OUT, '13-bien-ban-kiem-phieu-hai-phong.png'), work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
