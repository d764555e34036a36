/**
 * A long list that draws only what is in view (issue 16): the rows inside a scrolling box, plus a
 * margin above and below, with spacers standing for the rest so that the scroll height is right.
 * Rows may differ in height (a name on two lines, a tie note): the spacers use the mean pitch of
 * every row drawn so far, measured after each draw of other rows is painted (so the estimate
 * settles rather than following the rows in view). No library: a scroll listener and an effect.
 * Lists shorter than VIRTUAL_FROM are drawn whole, in no box of their own.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { afterPaint } from './useStages';

/** From this many rows on, a list is drawn virtually. */
export const VIRTUAL_FROM = 40;
/** Rows drawn beyond each edge of the view. */
const MARGIN = 8;
/** The height assumed for a row before any is measured (px). */
const FIRST_GUESS = 36;
/** Rows drawn where the box has no height yet (jsdom, before layout). */
const UNMEASURED_VIEW = 12;

export interface VirtualRows<E extends HTMLElement> {
  /** Whether the list is drawn virtually (in a scrolling box). */
  virtual: boolean;
  /** The scrolling box. */
  box: RefObject<E | null>;
  /** The first row drawn and one past the last. */
  start: number;
  end: number;
  /** Heights (px) of the spacers before and after the rows drawn. */
  before: number;
  after: number;
  /** The height (px) a row is taken to have. */
  rowHeight: number;
  onScroll: () => void;
  /** Home and End go to the first and the last row at once (the browser's own smooth scroll can stop short while rows are drawn). */
  onKeyDown: (e: KeyboardEvent) => void;
}

/** Which of `count` rows to draw; rows drawn carry `data-vrow` so that they can be measured. */
export function useVirtualRows<E extends HTMLElement>(count: number): VirtualRows<E> {
  const box = useRef<E | null>(null);
  const [top, setTop] = useState(0);
  const [view, setView] = useState(0);
  const [rowHeight, setRowHeight] = useState(FIRST_GUESS);
  const virtual = count >= VIRTUAL_FROM;
  // Scrolled to the very end (End, or the scroll bar dragged down): the last rows, whatever the estimate says.
  const [atEnd, setAtEnd] = useState(false);
  const onScroll = useCallback((): void => {
    const el = box.current;
    if (!el) return;
    setTop(el.scrollTop);
    setView(el.clientHeight);
    setAtEnd(el.scrollHeight > el.clientHeight && el.scrollTop + el.clientHeight >= el.scrollHeight - 2);
  }, []);
  // Another list (a search, a filter): back to its top.
  useEffect(() => {
    if (box.current) box.current.scrollTop = 0;
    setTop(0);
    setAtEnd(false);
  }, [count]);
  const onKeyDown = useCallback((e: KeyboardEvent): void => {
    const el = box.current;
    if (!el || (e.key !== 'Home' && e.key !== 'End') || e.altKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    const end = e.key === 'End';
    el.scrollTop = end ? el.scrollHeight : 0;
    setTop(el.scrollTop);
    setView(el.clientHeight);
    setAtEnd(end);
  }, []);
  const shown = view > 0 ? Math.ceil(view / rowHeight) : UNMEASURED_VIEW;
  const first = atEnd ? Math.max(0, count - shown) : Math.min(Math.max(0, count - shown), Math.floor(top / rowHeight));
  const start = virtual ? Math.max(0, first - MARGIN) : 0;
  const end = virtual ? Math.min(count, first + shown + MARGIN) : count;
  // Every pitch measured so far (rows and their span): the estimate is their mean over all the draws,
  // so it settles instead of following the rows in view (two-line names here, one-line there).
  const measured = useRef({ rows: 0, span: 0 });
  useEffect(() => {
    measured.current = { rows: 0, span: 0 };
  }, [count]);
  // After a draw of other rows, once it has been painted: the box's height, and the pitch of the rows
  // drawn (a gap between rows included). Laid out by then, the sizes cost nothing to read; read in the
  // task that drew the rows (a layout effect), they would lay the whole new view out there (issue 16).
  useEffect(() => {
    if (!virtual) return;
    return afterPaint(() => {
      const el = box.current;
      if (!el) return;
      setView(el.clientHeight);
      const rows = el.querySelectorAll<HTMLElement>('[data-vrow]');
      if (rows.length === 0) return;
      const firstBox = rows[0]!.getBoundingClientRect();
      const lastBox = rows[rows.length - 1]!.getBoundingClientRect();
      const span = rows.length > 1 ? lastBox.top - firstBox.top : firstBox.height;
      const steps = Math.max(1, rows.length - 1);
      if (span > 0) {
        const m = measured.current;
        m.rows += steps;
        m.span += span;
        const pitch = m.span / m.rows;
        setRowHeight((h) => (Math.abs(pitch - h) > 1 ? pitch : h));
      }
    });
  }, [virtual, start, end, atEnd, count]);
  // A better estimate moved the spacers (the rows drawn may stay the same): the end stays in view.
  useEffect(() => {
    if (!virtual || !atEnd) return;
    return afterPaint(() => {
      const el = box.current;
      if (el && el.scrollTop + el.clientHeight < el.scrollHeight - 2) el.scrollTop = el.scrollHeight;
    });
  }, [virtual, atEnd, rowHeight, start, end]);
  if (!virtual) return { virtual, box, start: 0, end: count, before: 0, after: 0, rowHeight, onScroll, onKeyDown };
  return { virtual, box, start, end, before: start * rowHeight, after: (count - end) * rowHeight, rowHeight, onScroll, onKeyDown };
}
