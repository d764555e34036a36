/**
 * The preview page (preview.html): the production task pane in an iframe (pane.html, whose own
 * script simulates Office over an in-memory workbook) beside a grid view of that workbook. The page
 * holds which workbook is open — the Hải Phòng preset, or an .xlsx file read in the browser by the
 * package reader (src/hosts/xlsx/read-xlsx.ts) — and opening another reloads the pane, as Excel
 * does for another workbook. *Tải về* writes the workbook, output sheets included, with the exceljs
 * host. Each is loaded on demand (its own chunk): the reader when a file is opened, exceljs when
 * one is downloaded.
 */
import { t, type Lang } from '../engine/i18n';
import type { MemoryWorkbook } from '../testing/fake-excel';
import { BRIDGE_GLOBAL, SAMPLE_PRESET, type PreviewBridge, type PreviewSource } from './bridge';
import { workbookBytes } from './download';
import { createGridView } from './grid-view';
import '../engine/i18n/preview';

/** The preview page is Vietnamese, as its HTML. */
const LANG: Lang = 'vi';

const SAMPLE: PreviewSource = { kind: 'preset', preset: SAMPLE_PRESET, name: `${SAMPLE_PRESET}.xlsx` };

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`preview.html has no #${id}`);
  return el as T;
}

const pane = byId<HTMLIFrameElement>('pane');
const fileInput = byId<HTMLInputElement>('file');
const download = byId<HTMLButtonElement>('download');
const sample = byId<HTMLButtonElement>('sample');
const fileName = byId<HTMLElement>('file-name');
const status = byId<HTMLElement>('status');
const grid = createGridView(byId('workbook'));

const query = new URLSearchParams(window.location.search);
let source: PreviewSource = SAMPLE;
let book: MemoryWorkbook | null = null;
let frame = 0;
/** Counts the pane's runs (tests wait on it). */
let runs = 0;

function say(text: string, error = false): void {
  status.textContent = text;
  status.classList.toggle('error', error);
}

function render(): void {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    grid.render(book);
    document.body.dataset.runs = String(runs);
  });
}

const bridge: PreviewBridge = {
  source: () => source,
  displayLanguage: () => (query.get('lang') === 'en' ? 'en-US' : 'vi-VN'),
  attach(b) {
    book = b;
    download.disabled = false;
    document.body.dataset.ready = 'true';
    render();
  },
  changed() {
    runs++;
    render();
  },
};
Object.assign(window, { [BRIDGE_GLOBAL]: bridge });

/** Opens another workbook: a fresh pane over it. */
function open(next: PreviewSource): void {
  source = next;
  book = null;
  runs = 0;
  download.disabled = true;
  document.body.dataset.ready = 'false';
  fileName.textContent = next.name;
  render();
  pane.contentWindow?.location.reload();
}

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  fileInput.value = '';
  if (!file) return;
  say(t(LANG, 'preview.reading', { file: file.name }));
  void (async () => {
    try {
      // The package reader every host uses (src/hosts/xlsx/read-book.ts), not exceljs.
      const { readXlsx } = await import(/* webpackChunkName: "xlsx-reader" */ '../hosts/xlsx/read-xlsx');
      const { grid: g } = await readXlsx(new Uint8Array(await file.arrayBuffer()), file.name);
      open({ kind: 'grid', name: file.name, grid: structuredClone(g) });
      say(t(LANG, 'preview.opened', { file: file.name, sheets: String(g.sheets.length) }));
    } catch (e) {
      say(t(LANG, 'preview.cannotRead', { file: file.name, detail: e instanceof Error ? e.message : String(e) }), true);
    }
  })();
});

sample.addEventListener('click', () => {
  open(SAMPLE);
  say(t(LANG, 'preview.sampleAgain'));
});

download.addEventListener('click', () => {
  if (!book) return;
  const current = book;
  download.disabled = true;
  say(t(LANG, 'preview.writing'));
  void (async () => {
    try {
      const bytes = await workbookBytes(current);
      const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `${source.name.replace(/\.xlsx$/i, '')}.ketqua.xlsx`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
      say(t(LANG, 'preview.downloaded', { file: a.download }));
    } catch (e) {
      say(t(LANG, 'preview.cannotWrite', { detail: e instanceof Error ? e.message : String(e) }), true);
    } finally {
      download.disabled = book === null;
    }
  })();
});

fileName.textContent = source.name;
render();
// The pane starts only now: the bridge above is in place before its first script runs.
pane.src = `pane.html${query.get('lang') === 'en' ? '?lang=en' : ''}`;
