export interface LoadSamples {
  /** Per run: navigation start → the score button rendered and enabled (ms). */
  interactiveMs: number[];
  /** Per run: navigation start → the workbook summary shown (ms). */
  readyMs: number[];
  interactiveMedianMs: number;
  readyMedianMs: number;
}
export interface BundleSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}
export interface LoadReport {
  runs: number;
  browser: string;
  /** pane.html alone (the production task pane page without office.js). */
  pane: LoadSamples;
  /** The whole preview page (grid view and the pane in its iframe). */
  preview: LoadSamples;
  /** dist/taskpane.js, dist/functions.js, dist/taskpane.html. */
  bundles: BundleSize[];
  /** gzip bytes of the two production bundles. */
  totalGzipBytes: number;
}
/**
 * Load time of the task pane in Chromium (fresh context, empty cache, each run) and the production
 * bundle sizes. Builds dist/ and out/preview/ first when stale (unless build: false).
 */
export declare function measureLoad(options?: { runs?: number; executablePath?: string; build?: boolean; timeoutMs?: number }): Promise<LoadReport>;
export declare function bundleSizes(): BundleSize[];
