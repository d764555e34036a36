/** Excel round trips of the one-click flow, counted by the in-memory Excel host. */
import { createOfficeApi } from '../src/hosts/office';
import { MemoryWorkbook } from '../src/testing/fake-excel';
import { generateCluster } from '../test/support/generate-cluster';

export interface OfficeFigures {
  units: number;
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  ms: number;
}

export async function officeRoundTrips(unitCounts: readonly number[], criteria: number): Promise<OfficeFigures[]> {
  const out: OfficeFigures[] = [];
  for (const units of unitCounts) {
    const book = MemoryWorkbook.fromGrid(generateCluster({ units, criteria, seed: 3 }));
    const api = createOfficeApi(book.run);
    const t0 = performance.now();
    const r = await api.score({ lang: 'vi', flagInPlace: true });
    const ms = performance.now() - t0;
    if (!r.ok || !r.value.result.ok) throw new Error(`one-click scoring failed at ${units} units`);
    out.push({ units, syncs: book.stats.syncs, maxRequestBytes: book.largestRequest, maxResponseBytes: book.largestResponse, ms });
  }
  return out;
}
