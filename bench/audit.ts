/** Building the formula audit (`Công thức kiểm tra`) of a scored cluster: a sheet of formulas, no evaluation. */
import { auditSheet } from '../src/workbook/audit';
import { scoreGrid } from '../src/workbook/pipeline';
import { generateCluster } from '../test/support/generate-cluster';
import { timeMs } from './util';

export interface AuditFigures {
  units: number;
  criteria: number;
  ms: number;
  /** Formula cells in the sheet. */
  formulas: number;
}

export function auditRun(units: number, criteria: number, runs: number): AuditFigures {
  const grid = generateCluster({ units, criteria, seed: 4 });
  const { result } = scoreGrid(grid, 'vi');
  if (!result.ok) throw new Error('the generated cluster did not score');
  const build = () => auditSheet(result, grid, 'vi', { results: 'Kết quả', detail: 'Chi tiết điểm' });
  const sheet = build();
  const formulas = sheet.rows.reduce((n, r) => n + r.filter((c) => typeof c === 'object' && c !== null && 'formula' in c).length, 0);
  return { units, criteria, ms: timeMs(build, runs), formulas };
}
