/**
 * The in-memory host: a fake of the Excel JavaScript API subset the Office.js host uses, over an
 * in-memory workbook. For tests (jest, node) and for a browser preview of the task pane.
 */
export { MemoryWorkbook } from './workbook';
export { APPLY_MEASURE } from './context';
export type { Fault, MemoryChange, MemoryConditionalFormat, MemoryFormat, MemoryName, MemorySheet, MemoryStats, Visibility } from './types';
export { FakeOfficeError } from './errors';
export { parseAddress, areaText, quoteSheet } from './address';
export type { MemoryChart } from './types';
