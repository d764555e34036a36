/**
 * What the preview page (preview.html: the grid view) and the simulated task pane (pane.html, in
 * its iframe) share. The page owns the workbook's *source* (a preset or a loaded file's grid); the
 * pane builds its in-memory Excel from it (a MemoryWorkbook in the pane's own realm, so every object
 * the production task pane touches is of its own realm) and tells the page after every `Excel.run`.
 * Data crossing the frames is copied with `structuredClone`; the page only reads the pane's book.
 */
import type { MemoryWorkbook } from '../testing/fake-excel';
import type { WorkbookGrid } from '../workbook/grid';

/** The workbook the pane opens: a bundled preset (written with its formats) or a loaded file. */
export type PreviewSource = { kind: 'preset'; preset: string; name: string } | { kind: 'grid'; name: string; grid: WorkbookGrid };

export interface PreviewBridge {
  /** The workbook to open (the pane clones it into its own realm). */
  source(): PreviewSource;
  /** Office's display language to report (`vi-VN`, `en-US`). */
  displayLanguage(): string;
  /** The pane's workbook, once built (a new one after every reload of the pane). */
  attach(book: MemoryWorkbook): void;
  /** Called after every `Excel.run` of the pane (the grid view re-renders). */
  changed(): void;
}

/** The global the page sets for the pane (`window.parent.thiduaPreview`). */
export const BRIDGE_GLOBAL = 'thiduaPreview';

/** The sample the preview opens with. */
export const SAMPLE_PRESET = 'hai-phong-huyen-2024';

export function bridgeOf(w: Window | null | undefined): PreviewBridge | null {
  try {
    const b = (w as unknown as Record<string, unknown> | null | undefined)?.[BRIDGE_GLOBAL];
    return b && typeof b === 'object' ? (b as PreviewBridge) : null;
  } catch {
    return null; // a parent of another origin
  }
}
