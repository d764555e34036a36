export interface PreviewServer {
  /** `http://localhost:PORT/` (bound to 127.0.0.1). */
  url: string;
  port: number;
  close(): Promise<void>;
}
/** Serves the files under `root` (default out/preview/) on 127.0.0.1; port 0 picks a free one (default 3001). */
export declare function startServer(options?: { root?: string; port?: number; host?: string }): Promise<PreviewServer>;
export declare function resolveFile(root: string, urlPath: string): Promise<{ file: string; size: number } | null>;
