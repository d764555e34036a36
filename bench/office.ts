/** Excel round trips of the one-click flow, counted by the in-memory Excel host. */
import { createOfficeApi } from '../src/hosts/office';
import { REQUEST_BUDGET } from '../src/hosts/office/chunks';
import { MemoryWorkbook } from '../src/testing/fake-excel';
import { generateCluster } from '../test/support/generate-cluster';

export interface OfficeFigures {
  units: number;
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  ms: number;
}

/**
 * The fewest syncs the payload allows: the fixed phases of a small cluster, plus one per further
 * REQUEST_BUDGET (3.5 MB) of requests and of responses (Excel on the web refuses more than 5 MB
 * either way; the host keeps each under 4 MB).
 */
export function payloadFloor(figures: readonly OfficeFigures[]): number {
  const phases = Math.min(...figures.map((f) => f.syncs));
  const big = figures.reduce((a, b) => (b.units > a.units ? b : a));
  const extra = (bytes: number): number => Math.max(0, Math.ceil(bytes / REQUEST_BUDGET) - 1);
  return phases + extra(big.totalRequestBytes) + extra(big.totalResponseBytes);
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
    const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
    out.push({
      units,
      syncs: book.stats.syncs,
      maxRequestBytes: book.largestRequest,
      maxResponseBytes: book.largestResponse,
      totalRequestBytes: sum(book.stats.requestBytes),
      totalResponseBytes: sum(book.stats.responseBytes),
      ms,
    });
  }
  return out;
}
