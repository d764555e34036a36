/**
 * The pane's one click on a large cluster (issue 16): from the click on *Chấm điểm & xếp hạng* to the
 * results (api.score over the in-memory Excel, each sync a simulated 400 ms round trip), and the
 * longest stretch the main thread is blocked meanwhile (Node's event-loop delay monitor).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { MemoryWorkbook } from '../src/testing/fake-excel';
import { createOfficeApi } from '../src/hosts/office';
import { generateCluster } from '../test/support/generate-cluster';

export interface PaneWorkFigures {
  units: number;
  criteria: number;
  syncDelayMs: number;
  syncs: number;
  clickToResultsMs: number;
  longestBlockMs: number;
}

export async function paneClickToResults(units = 300, criteria = 20, syncDelayMs = 400): Promise<PaneWorkFigures> {
  const book = MemoryWorkbook.fromGrid(generateCluster({ units, criteria, seed: 3 }));
  book.syncDelayMs = syncDelayMs;
  const api = createOfficeApi(book.run);
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  const t0 = performance.now();
  const r = await api.score({ lang: 'vi', flagInPlace: false });
  const clickToResultsMs = performance.now() - t0;
  h.disable();
  if (!r.ok || !r.value.result.ok) throw new Error(`one-click scoring failed at ${units} units`);
  // The histogram holds delays beyond the sampling interval; its maximum is the longest block.
  return { units, criteria, syncDelayMs, syncs: book.stats.syncs, clickToResultsMs, longestBlockMs: h.max / 1e6 };
}
