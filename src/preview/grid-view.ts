/**
 * The preview's simple grid view of the pane's in-memory workbook: a tab per visible sheet and a
 * table of the shown sheet's cells (column letters, row numbers, merges, column widths, bold,
 * fills and font colours, conditional formats evaluated). It follows the workbook like Excel's
 * window does: when a run activates a sheet (the results after scoring) or selects a cell (a
 * diagnostic's), the view shows that sheet and highlights the cell.
 */
import type { MemoryWorkbook } from '../testing/fake-excel';
import type { MemorySheet } from '../testing/fake-excel/book';
import { columnLetter, parseArea, type Area } from '../workbook/grid';
import { cellText, lookAt } from './cells';

/** Rows and columns drawn at most (the rest is counted below the table). */
export const MAX_ROWS = 1500;
export const MAX_COLS = 60;
const DEFAULT_WIDTH_PX = 72;
const ROW_HEAD_PX = 44;

export interface GridView {
  /** Draws the book again (after a run, or a new book). */
  render(book: MemoryWorkbook | null): void;
  /** The sheet shown. */
  shown(): string | null;
}

function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

function extent(sheet: MemorySheet): { rows: number; cols: number } {
  let cols = 0;
  for (const r of sheet.rows) if (r) for (let c = r.length - 1; c >= cols; c--) if (r[c] !== null && r[c] !== undefined) cols = c + 1;
  for (const m of sheet.merges) cols = Math.max(cols, m.right + 1);
  let rows = 0;
  sheet.rows.forEach((r, i) => {
    if (r?.some((v) => v !== null && v !== undefined)) rows = i + 1;
  });
  return { rows: Math.max(rows, 1), cols: Math.max(cols, 1) };
}

export function createGridView(root: HTMLElement): GridView {
  const tabs = h('div', { className: 'tabs', role: 'tablist' });
  tabs.setAttribute('aria-label', 'Trang tính / Sheets');
  const scroller = h('div', { className: 'grid-scroll', id: 'grid-panel', tabIndex: 0 });
  scroller.setAttribute('role', 'tabpanel');
  const footer = h('p', { className: 'grid-note' });
  root.replaceChildren(tabs, scroller, footer);

  let current: string | null = null;
  let lastActive: string | null = null;
  let lastSelection = '';
  let lastBook: MemoryWorkbook | null = null;

  const drawTabs = (book: MemoryWorkbook, visible: MemorySheet[]): void => {
    tabs.replaceChildren(
      ...visible.map((s) => {
        const selected = s.name === current;
        const tab = h('button', { type: 'button', className: 'tab', textContent: s.name, id: `sheet-tab-${s.id}`, tabIndex: selected ? 0 : -1 });
        tab.setAttribute('role', 'tab');
        tab.setAttribute('aria-selected', String(selected));
        tab.setAttribute('aria-controls', 'grid-panel');
        tab.dataset.sheet = s.name;
        tab.addEventListener('click', () => {
          current = s.name;
          draw(book);
        });
        tab.addEventListener('keydown', (e) => {
          if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
          const i = visible.indexOf(s) + (e.key === 'ArrowRight' ? 1 : -1);
          const next = visible[(i + visible.length) % visible.length]!;
          current = next.name;
          draw(book);
          tabs.querySelector<HTMLButtonElement>(`[data-sheet="${CSS.escape(next.name)}"]`)?.focus();
        });
        return tab;
      }),
    );
  };

  const drawSheet = (book: MemoryWorkbook, sheet: MemorySheet): void => {
    const { rows, cols } = extent(sheet);
    const nRows = Math.min(rows, MAX_ROWS);
    const nCols = Math.min(cols, MAX_COLS);
    const selected = book.selection && book.selection.sheet.toLocaleLowerCase() === sheet.name.toLocaleLowerCase() ? parseArea(book.selection.address) : null;
    const inSel = (r: number, c: number): boolean => !!selected && r >= selected.top && r <= selected.bottom && c >= selected.left && c <= selected.right;

    const covered = new Set<string>();
    const mergeAt = new Map<string, Area>();
    for (const m of sheet.merges) {
      mergeAt.set(`${m.top}:${m.left}`, m);
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
    }

    const colgroup = h('colgroup', {}, h('col', { className: 'rowhead-col' }));
    let tableWidth = ROW_HEAD_PX;
    for (let c = 0; c < nCols; c++) {
      const pt = sheet.widths.get(c);
      const px = pt ? Math.round(pt / 0.75) : DEFAULT_WIDTH_PX;
      const col = h('col');
      col.style.width = `${px}px`;
      colgroup.append(col);
      tableWidth += px;
    }
    const headRow = h('tr', {}, h('th', { className: 'corner' }));
    for (let c = 0; c < nCols; c++) {
      const th = h('th', { className: 'colhead', textContent: columnLetter(c) });
      th.setAttribute('scope', 'col');
      headRow.append(th);
    }
    const body = h('tbody');
    let firstSelected: HTMLElement | null = null;
    for (let r = 0; r < nRows; r++) {
      const rowHead = h('th', { className: 'rowhead', textContent: String(r + 1) });
      rowHead.setAttribute('scope', 'row');
      const tr = h('tr', {}, rowHead);
      const row = sheet.rows[r];
      const blank = (c: number): boolean => row?.[c] === null || row?.[c] === undefined;
      for (let c = 0; c < nCols; c++) {
        const key = `${r}:${c}`;
        if (covered.has(key)) continue;
        const value = row?.[c];
        const look = lookAt(book, sheet, r, c);
        const td = h('td', { textContent: cellText(value, look.numberFormat) });
        const m = mergeAt.get(key);
        if (m) {
          td.colSpan = Math.min(m.right, nCols - 1) - m.left + 1;
          td.rowSpan = Math.min(m.bottom, nRows - 1) - m.top + 1;
        } else if (typeof value === 'string' && value !== '' && !look.wrapText && !look.fill) {
          // Text runs over the empty cells to its right, as in Excel (a filled cell keeps its fill to itself).
          let end = c;
          while (end + 1 < nCols && blank(end + 1) && !covered.has(`${r}:${end + 1}`) && !mergeAt.has(`${r}:${end + 1}`) && !lookAt(book, sheet, r, end + 1).fill) end++;
          if (end > c) {
            td.colSpan = end - c + 1;
            for (let k = c + 1; k <= end; k++) covered.add(`${r}:${k}`);
          }
        }
        if (look.bold) td.style.fontWeight = '600';
        if (look.italic) td.style.fontStyle = 'italic';
        if (look.fontSize) td.style.fontSize = `${look.fontSize}pt`;
        if (look.fill) td.style.backgroundColor = look.fill;
        if (look.fontColor) td.style.color = look.fontColor;
        if (look.wrapText) td.classList.add('wrap');
        if (typeof sheet.rows[r]?.[c] === 'number') td.classList.add('num');
        if (look.conditional) td.dataset.cf = look.fill ?? '';
        td.dataset.cell = `${columnLetter(c)}${r + 1}`;
        if (inSel(r, c)) {
          td.classList.add('selected');
          firstSelected ??= td;
        }
        tr.append(td);
      }
      body.append(tr);
    }
    const table = h('table', { className: 'grid' }, colgroup, h('thead', {}, headRow), body);
    table.style.width = `${tableWidth}px`;
    table.setAttribute('aria-label', sheet.name);
    table.dataset.sheet = sheet.name;
    scroller.replaceChildren(table);
    scroller.setAttribute('aria-labelledby', `sheet-tab-${sheet.id}`);
    const hidden = [rows > nRows ? `${rows - nRows} dòng` : '', cols > nCols ? `${cols - nCols} cột` : ''].filter(Boolean);
    footer.textContent = hidden.length ? `Không hiện: ${hidden.join(', ')} (xem bản tải về).` : '';
    const sel = firstSelected as HTMLElement | null;
    if (sel) sel.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  const draw = (book: MemoryWorkbook): void => {
    const visible = book.sheets.filter((s) => s.visibility === 'Visible');
    if (!visible.some((s) => s.name === current)) current = visible[0]?.name ?? null;
    drawTabs(book, visible);
    const sheet = visible.find((s) => s.name === current);
    if (sheet) drawSheet(book, sheet);
    else scroller.replaceChildren(h('p', { className: 'grid-note', textContent: 'Sổ tính trống.' }));
    root.dataset.sheet = current ?? '';
  };

  return {
    render(book) {
      if (!book) {
        tabs.replaceChildren();
        scroller.replaceChildren(h('p', { className: 'grid-note', textContent: 'Đang mở sổ tính…' }));
        lastBook = null;
        return;
      }
      if (book !== lastBook) {
        lastBook = book;
        current = book.active;
        lastActive = book.active;
        lastSelection = '';
      }
      // Follow the workbook: a newly activated sheet, a newly selected cell.
      if (book.active !== lastActive) {
        lastActive = book.active;
        if (book.active) current = book.active;
      }
      const selection = book.selection ? `${book.selection.sheet}!${book.selection.address}` : '';
      if (selection !== lastSelection) {
        lastSelection = selection;
        if (book.selection) current = book.sheets.find((s) => s.name.toLocaleLowerCase() === book.selection!.sheet.toLocaleLowerCase())?.name ?? current;
      }
      draw(book);
    },
    shown: () => current,
  };
}
