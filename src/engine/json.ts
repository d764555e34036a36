/**
 * The result JSON now lives with the other reports, built from the ranking's column table
 * (src/workbook/reports/json.ts); this path stays for the code and tests that import it.
 */
export { toResultJson, type ResultJson } from '../workbook/reports/json';
