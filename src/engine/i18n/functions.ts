/**
 * The custom functions' own words: their error messages and the headers of their spilled tables,
 * Vietnamese and English side by side. They answer in Office's display language (functions/lang.ts).
 */
import type { Area } from './template';

export const FUNCTIONS = {
} as const satisfies Area;
