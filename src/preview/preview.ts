/**
 * The preview page (preview.html): the production task pane in an iframe (pane.html, whose own
 * script simulates Office over an in-memory workbook) beside a grid view of that workbook. The page
 * holds which workbook is open — the Hải Phòng preset, or an .xlsx file read in the browser by the
 * exceljs host's loadXlsx — and opening another reloads the pane, as Excel does for another
 * workbook. *Tải về* writes the workbook, output sheets included, with the exceljs host.
 * exceljs is loaded on demand (its own chunk), only when a file is opened or downloaded.
 */
import type { MemoryWorkbook } from '../testing/fake-excel';
import { BRIDGE_GLOBAL, SAMPLE_PRESET, type PreviewBridge, type PreviewSource } from './bridge';
import { workbookBytes } from './download';
import { createGridView } from './grid-view';

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
  say(`Đang đọc ${file.name}…`);
  void (async () => {
    try {
      const { loadXlsx } = await import(/* webpackChunkName: "exceljs-host" */ '../hosts/exceljs');
      const { grid: g } = await loadXlsx(new Uint8Array(await file.arrayBuffer()), file.name);
      open({ kind: 'grid', name: file.name, grid: structuredClone(g) });
      say(`Đã mở ${file.name} (${g.sheets.length} trang).`);
    } catch (e) {
      say(`Không đọc được ${file.name}: ${e instanceof Error ? e.message : String(e)}`, true);
    }
  })();
});

sample.addEventListener('click', () => {
  open(SAMPLE);
  say('Đã mở lại sổ tính mẫu.');
});

download.addEventListener('click', () => {
  if (!book) return;
  const current = book;
  download.disabled = true;
  say('Đang ghi tệp .xlsx…');
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
      say(`Đã tải về ${a.download}.`);
    } catch (e) {
      say(`Không ghi được tệp: ${e instanceof Error ? e.message : String(e)}`, true);
    } finally {
      download.disabled = book === null;
    }
  })();
});

fileName.textContent = source.name;
render();
// The pane starts only now: the bridge above is in place before its first script runs.
pane.src = `pane.html${query.get('lang') === 'en' ? '?lang=en' : ''}`;
