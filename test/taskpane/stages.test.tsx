/** @jest-environment jsdom */
import './polyfills';
import { act, render, screen, waitFor } from '@testing-library/react';
import { useStages } from '../../src/taskpane/components/useStages';

/** Shows the stage it is at and remembers every stage it was drawn at. */
function Probe({ last, staged, seen }: { last: number; staged: boolean; seen: number[] }) {
  const stage = useStages(last, staged);
  seen.push(stage);
  return <p data-testid="stage">{stage}</p>;
}

describe('a view drawn in stages (issue 16)', () => {
  test('staged: 0 at the first draw, then one stage more per frame, up to the last, and no further', async () => {
    const seen: number[] = [];
    render(<Probe last={3} staged seen={seen} />);
    expect(screen.getByTestId('stage').textContent).toBe('0');
    await waitFor(() => expect(screen.getByTestId('stage').textContent).toBe('3'));
    // Every stage was drawn in turn, none skipped.
    expect([...new Set(seen)]).toEqual([0, 1, 2, 3]);
    await act(() => new Promise((resolve) => setTimeout(resolve, 250)));
    expect(screen.getByTestId('stage').textContent).toBe('3');
  });

  test('not staged (a small view): the last stage at the first draw', () => {
    const seen: number[] = [];
    render(<Probe last={3} staged={false} seen={seen} />);
    expect(screen.getByTestId('stage').textContent).toBe('3');
    expect([...new Set(seen)]).toEqual([3]);
  });

  test('without frames (a hidden pane), the stages still come', async () => {
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
    try {
      render(<Probe last={2} staged seen={[]} />);
      expect(screen.getByTestId('stage').textContent).toBe('0');
      await waitFor(() => expect(screen.getByTestId('stage').textContent).toBe('2'));
    } finally {
      window.requestAnimationFrame = raf;
    }
  });
});
