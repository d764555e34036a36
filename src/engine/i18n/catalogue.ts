/**
 * THE catalogue's type: every user-visible text of the add-in, the CLI and the functions, as one
 * table of areas, keys `area.name` (`diag.missingSheet`, `cli.usage`, `pane.appName`, …). Types only:
 * at run time each area registers itself (table.ts), so that a bundle carries only what it uses.
 */
import type { AUDIT_SHEET } from './audit-sheet';
import type { CLI, FILE_REASONS } from './cli';
import type { DIAGNOSTICS } from './diagnostics';
import type { FORM_SHEET } from './form-sheet';
import type { FUNCTIONS } from './functions';
import type { OFFICE } from './office';
import type { PANE } from './pane';
import type { PREVIEW } from './preview';
import type { RESULTS } from './results';
import type { SHEETS } from './sheets';
import type { Area } from './template';

type Prefixed<P extends string, T extends Area> = { readonly [K in keyof T & string as `${P}.${K}`]: T[K] };

export type Catalogue = Prefixed<'diag', typeof DIAGNOSTICS> &
  Prefixed<'result', typeof RESULTS> &
  Prefixed<'sheet', typeof SHEETS & typeof FORM_SHEET & typeof AUDIT_SHEET> &
  Prefixed<'cli', typeof CLI> &
  Prefixed<'file', typeof FILE_REASONS> &
  Prefixed<'pane', typeof PANE> &
  Prefixed<'office', typeof OFFICE> &
  Prefixed<'fn', typeof FUNCTIONS> &
  Prefixed<'preview', typeof PREVIEW>;

/** The module of each area (src/engine/i18n/<module>.ts); `diag` and `result` are always loaded. */
export const AREA_MODULES = {
  diag: ['diagnostics'],
  result: ['results'],
  sheet: ['sheets', 'form-sheet', 'audit-sheet'],
  cli: ['cli'],
  file: ['cli'],
  pane: ['pane'],
  office: ['office'],
  fn: ['functions'],
  preview: ['preview'],
} as const;
