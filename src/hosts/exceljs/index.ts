export { loadXlsx, readMarkers, toCell, type LoadedWorkbook } from './read';
export { writeOutputs, toBuffer, newWorkbook, fillSheet } from './write';
