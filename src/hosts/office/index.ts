/**
 * The Office.js host: the task pane's WorkbookApi over the open workbook.
 */
export { createOfficeApi, type ExcelRun } from './api';
export { FLAG_MARKER, FLAG_SHEET, FLAG_TAG, isFlagFormula } from './markers';
export { REQUEST_BUDGET } from './chunks';
export { READ_BYTES_PER_CELL } from './read-plan';
