/**
 * The load-time measure the benchmark calls (scripts/preview/measure.js): one run, to keep it
 * working; the benchmark takes the medians of several.
 */
import { measureLoad } from '../../scripts/preview/measure';

test('measureLoad times the pane to interactive in Chromium and sizes the production bundles', async () => {
  const report = await measureLoad({ runs: 1, build: false });
  for (const kind of ['pane', 'preview'] as const) {
    const s = report[kind];
    expect(s.interactiveMs).toHaveLength(1);
    expect(s.interactiveMedianMs).toBeGreaterThan(0);
    expect(s.readyMedianMs).toBeGreaterThanOrEqual(s.interactiveMedianMs);
    // Loose bounds: a pane that takes 15 s on localhost is broken, not slow.
    expect(s.readyMedianMs).toBeLessThan(15_000);
  }
  expect(report.bundles.map((b) => b.file)).toEqual(['dist/taskpane.js', 'dist/functions.js', 'dist/taskpane.html']);
  for (const b of report.bundles) expect(b.gzipBytes).toBeLessThan(b.bytes);
  // The task pane's budget (webpack.config.js warns above 1.5 MB raw).
  expect(report.bundles[0]!.bytes).toBeLessThan(1.5 * 1024 * 1024);
  console.log(
    `pane interactive ${report.pane.interactiveMedianMs} ms, ready ${report.pane.readyMedianMs} ms; ` +
      `preview interactive ${report.preview.interactiveMedianMs} ms; ` +
      report.bundles.map((b) => `${b.file} ${(b.bytes / 1024).toFixed(0)} KiB (${(b.gzipBytes / 1024).toFixed(0)} KiB gzip)`).join(', '),
  );
});
