/**
 * THE catalogue's type: every user-visible text of the add-in, the CLI and the functions, as one
 * table of areas, keys `area.name` (`diag.missingSheet`, `cli.usage`, `pane.appName`, …). Types only:
 * at run time each module of an area registers itself (table.ts), so that a bundle carries only the
 * texts its code uses.
 */
import type { AUDIT_SHEET } from './audit-sheet';
import type { CHART_SHEET } from './chart-sheet';
import type { CLI, FILE_REASONS } from './cli';
import type { DIAGNOSTICS } from './diagnostics';
import type { DOCUMENT_SHEET } from './document-sheet';
import type { FLAG_SHEET } from './flag-sheet';
import type { FORM_SHEET } from './form-sheet';
import type { FUNCTIONS } from './functions';
import type { OFFICE } from './office';
import type { PANE } from './pane';
import type { PANE_WORK } from './pane-work';
import type { PAPER_SHEET } from './paper-sheet';
import type { PREVIEW } from './preview';
import type { RESULT_CONDITIONS } from './result-conditions';
import type { RESULT_EXPLAIN } from './result-explain';
import type { RESULT_HISTORY } from './result-history';
import type { RESULT_LABELS } from './result-labels';
import type { RESULT_PERIODS } from './result-periods';
import type { RESULT_VOTE } from './result-vote';
import type { SHEETS } from './sheets';
import type { TEMPLATE_GUIDES } from './template-guides';
import type { Area } from './template';
import type { VOTE_SHEET } from './vote-sheet';

type Prefixed<P extends string, T extends Area> = { readonly [K in keyof T & string as `${P}.${K}`]: T[K] };

export type Catalogue = Prefixed<'diag', typeof DIAGNOSTICS> &
  Prefixed<'result', typeof RESULT_LABELS & typeof RESULT_EXPLAIN & typeof RESULT_CONDITIONS & typeof RESULT_PERIODS & typeof RESULT_VOTE & typeof RESULT_HISTORY> &
  Prefixed<'sheet', typeof SHEETS & typeof CHART_SHEET & typeof FORM_SHEET & typeof AUDIT_SHEET & typeof PAPER_SHEET & typeof DOCUMENT_SHEET & typeof VOTE_SHEET & typeof FLAG_SHEET> &
  Prefixed<'guide', typeof TEMPLATE_GUIDES> &
  Prefixed<'cli', typeof CLI> &
  Prefixed<'file', typeof FILE_REASONS> &
  Prefixed<'pane', typeof PANE> &
  Prefixed<'work', typeof PANE_WORK> &
  Prefixed<'office', typeof OFFICE> &
  Prefixed<'fn', typeof FUNCTIONS> &
  Prefixed<'preview', typeof PREVIEW>;

/** Every module of the catalogue (src/engine/i18n/<module>.ts); `t` loads `diagnostics` itself. */
export const AREA_MODULES = [
  'diagnostics',
  'result-labels',
  'result-explain',
  'result-conditions',
  'result-periods',
  'result-vote',
  'result-history',
  'sheets',
  'chart-sheet',
  'form-sheet',
  'audit-sheet',
  'paper-sheet',
  'document-sheet',
  'vote-sheet',
  'flag-sheet',
  'template-guides',
  'cli',
  'pane',
  'pane-work',
  'office',
  'functions',
  'preview',
] as const;
