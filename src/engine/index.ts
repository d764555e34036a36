/** The engine: plain functions over typed data; no Office, exceljs, React or file system. */
export * from './model';
export { makeSettings, SettingsSchema, DEFAULT_BANDS, type SettingsInput } from './settings';
export { defaultAwards } from './awards';
export { evaluate } from './evaluate';
export { completionRatio, flagOf, targetPoints, countPoints, overTargetBonus, percentOver, type Flag, type RatioOutcome } from './rules';
export { roundHalfUp, sumRounded, toUnits } from './decimal';
export { rankUnits, defaultTieBreaks, tieValue } from './rank';
export { nominate, quotaOf } from './nominate';
export { explain } from './explain';
export { toResultJson, type ResultJson } from './json';
export { statusLabel, tieNoteText, tieBreakLabel, reasonText, nominationBasisText, nominationStatusLabel } from './labels';
export { formatNumber, formatPercent } from './format';
export { compareNames } from './collate';
export { normalizeKey, normalizeUnitName, cleanName } from './names';
export { DiagnosticList, diagnosticText, formatDiagnostic, hasErrors, type Diagnostic, type Severity } from './diagnostics';
export { message, type MessageCode } from './messages';
export type * from './result';
export { buildTree, type CriteriaTree } from './tree';
