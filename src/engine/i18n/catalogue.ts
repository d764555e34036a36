/**
 * THE catalogue: every user-visible text of the add-in, the CLI and the functions, as one table of
 * areas. A key is `area.name` (`diag.missingSheet`, `cli.usage`, `pane.appName`, …).
 */
import { CLI, FILE_REASONS } from './cli';
import { DIAGNOSTICS } from './diagnostics';
import { FUNCTIONS } from './functions';
import { OFFICE } from './office';
import { PANE } from './pane';
import { PREVIEW } from './preview';
import { RESULTS } from './results';
import { SHEETS } from './sheets';
import type { Area } from './template';

type Prefixed<P extends string, T extends Area> = { readonly [K in keyof T & string as `${P}.${K}`]: T[K] };

function area<P extends string, T extends Area>(prefix: P, entries: T): Prefixed<P, T> {
  const out: Record<string, T[keyof T]> = {};
  for (const key of Object.keys(entries)) out[`${prefix}.${key}`] = entries[key as keyof T];
  return out as Prefixed<P, T>;
}

export const CATALOGUE = {
  ...area('diag', DIAGNOSTICS),
  ...area('result', RESULTS),
  ...area('cli', CLI),
  ...area('file', FILE_REASONS),
  ...area('pane', PANE),
  ...area('office', OFFICE),
  ...area('fn', FUNCTIONS),
  ...area('sheet', SHEETS),
  ...area('preview', PREVIEW),
};

export type Catalogue = typeof CATALOGUE;
