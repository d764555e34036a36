/** @jest-environment jsdom */
/**
 * useVirtualRows' row height: the mean pitch of every row drawn so far, so that it settles instead of
 * following the rows in view (rows of two heights here; jsdom has no layout, so the rows' boxes are
 * given as layout would: each row's top is the sum of the heights before it, less the box's scroll).
 */
import { act, fireEvent, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { useVirtualRows } from '../../src/taskpane/components/useVirtualRows';

const COUNT = 200;
/** Rows 0–49 one line (30 px), the rest two lines (60 px). */
const height = (i: number): number => (i < 50 ? 30 : 60);
const topOf = (i: number): number => (i < 50 ? i * 30 : 1500 + (i - 50) * 60);

function List(): ReactElement {
  const v = useVirtualRows<HTMLDivElement>(COUNT);
  const rows = [];
  for (let i = v.start; i < v.end; i++) rows.push(<div key={i} data-vrow="" data-index={i} />);
  return (
    <div ref={v.box} data-testid="box" data-height={v.rowHeight} data-start={v.start} onScroll={v.onScroll}>
      {rows}
    </div>
  );
}

const frames = async (n = 4): Promise<void> => {
  for (let i = 0; i < n; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 40)));
};

describe('useVirtualRows: the row height estimate', () => {
  const original = Element.prototype.getBoundingClientRect;
  let scrolled = 0;
  beforeAll(() => {
    Element.prototype.getBoundingClientRect = function (this: Element): DOMRect {
      const index = this.getAttribute('data-index');
      if (index === null) return original.call(this);
      const i = Number(index);
      return { top: topOf(i) - scrolled, height: height(i), bottom: topOf(i) + height(i) - scrolled, left: 0, right: 100, width: 100, x: 0, y: topOf(i) - scrolled, toJSON: () => ({}) } as DOMRect;
    };
  });
  afterAll(() => {
    Element.prototype.getBoundingClientRect = original;
  });

  test('is the mean over every draw, and stays put while nothing moves', async () => {
    const { getByTestId } = render(<List />);
    const box = getByTestId('box');
    Object.defineProperty(box, 'clientHeight', { configurable: true, value: 300 });
    const rowHeight = (): number => Number(box.getAttribute('data-height'));
    await frames();
    // The first rows alone: one line each.
    expect(rowHeight()).toBe(30);
    // Scrolled among the two-line rows: the estimate moves towards 60, but counts the rows seen before.
    scrolled = 120 * 30;
    box.scrollTop = scrolled;
    fireEvent.scroll(box);
    // Each better estimate draws slightly other rows, measured in turn: it settles within a few draws.
    let after = -1;
    for (let i = 0; i < 30 && rowHeight() !== after; i++) {
      after = rowHeight();
      await frames(2);
    }
    expect(after).toBeGreaterThan(30);
    expect(after).toBeLessThan(60);
    // Still: no further draw, no further change.
    const start = box.getAttribute('data-start');
    await frames(6);
    expect(rowHeight()).toBe(after);
    expect(box.getAttribute('data-start')).toBe(start);
  });
});
