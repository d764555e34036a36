/** The results chart's title (workbook/chart.ts): `sheet.chart.title`, in the pane's first load. */
import { register } from './table';
import type { Area } from './template';

export const CHART_SHEET = register('sheet', {
  'chart.title': { vi: 'Điểm theo nhóm tiêu chí', en: 'Points by criteria group' },
} as const satisfies Area);
