/**
 * The in-memory host: a fake of the Excel JavaScript API subset the Office.js host uses, over an
 * in-memory workbook. For tests (jest, node) and for a browser preview of the task pane.
 */
export { MemoryWorkbook, type MemoryChange, type MemoryStats, type Fault } from './workbook';
export type { MemoryConditionalFormat, MemoryFormat, MemoryName, MemorySheet, Visibility } from './book';
export { FakeOfficeError } from './errors';
export { parseAddress, areaText, quoteSheet } from './address';
export type { MemoryChart } from './charts';
