export declare const ROOT: string;
export declare const DIST: string;
export declare const PREVIEW: string;
export interface PreviewBuild {
  /** Why dist/ was rebuilt; null when it was up to date. */
  dist: string | null;
  /** Why out/preview/ was rebuilt; null when it was up to date. */
  preview: string | null;
  seconds: number;
}
export declare function ensurePreview(options?: { log?: (line: string) => void }): Promise<PreviewBuild>;
export declare function distStaleness(): string | null;
export declare function previewStaleness(): string | null;
export declare const DIST_OUTPUTS: string[];
export interface DistBuild {
  /** Why dist/ was rebuilt; null when it was up to date. */
  reason: string | null;
  seconds: number;
}
export declare function ensureDist(options?: { log?: (line: string) => void }): Promise<DistBuild>;
