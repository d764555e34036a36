export { loadXlsx, readMarkers, toCell, type LoadedWorkbook } from './read';
export { writeOutputs, toBuffer } from './write';
