/**
 * The task pane's words for working in it (issue 16): the announcement after a run, the written
 * sheets' buttons, the flags' messages, the stale notice, search and pages, the charts' text
 * alternatives, the drill-down's subtotals. Loaded with the results view (src/taskpane/work-strings.ts),
 * not with the pane's first load.
 */
import { register } from './table';
import type { Area } from './template';

export const PANE_WORK = register('work', {
  // After a run: the live region and the results' heading.
  announceScored: { vi: 'Đã chấm {n} đơn vị; {leader} dẫn đầu.', en: '{n} units scored; {leader} leads.' },
  announceScoredNone: { vi: 'Đã chấm {n} đơn vị.', en: '{n} units scored.' },
  announceErrors: { vi: 'Số liệu còn lỗi nên chưa chấm điểm: {n} lỗi.', en: 'The data has errors, so nothing was scored: {n} error(s).' },
  and: { vi: ' và ', en: ' and ' },
  resultsTitle: { vi: 'Kết quả chấm điểm', en: 'Scoring results' },
  // The written sheets, one button each.
  writtenSheets: { vi: 'Đã ghi các trang: {sheets}.', en: 'Sheets written: {sheets}.' },
  openSheets: { vi: 'Mở trang kết quả', en: 'Open an output sheet' },
  openSheet: { vi: 'Mở trang {sheet}', en: 'Open the sheet {sheet}' },
  openFailed: { vi: 'Không mở được trang', en: 'Could not open the sheet' },
  // The flags.
  flaggedCells: { vi: 'Đã đánh dấu {n} ô số liệu.', en: '{n} data cells flagged.' },
  // A cancelled run.
  runCancelled: { vi: 'Đã huỷ lần chấm; không ghi gì vào sổ.', en: 'The run was cancelled; nothing was written.' },
  // Stale results.
  staleTitle: { vi: 'Kết quả đã cũ', en: 'The results are out of date' },
  staleBody: { vi: 'Số liệu đã thay đổi sau lần chấm vừa rồi.', en: 'The data has changed since the last run.' },
  rescore: { vi: 'Chấm lại', en: 'Score again' },
  // Large clusters: search, filter.
  searchUnit: { vi: 'Tìm đơn vị', en: 'Find a unit' },
  filterClass: { vi: 'Xếp loại', en: 'Class' },
  allClasses: { vi: 'Tất cả', en: 'All' },
  shownOf: { vi: '{shown}/{total} đơn vị', en: '{shown} of {total} units' },
  // The totals chart.
  totalsTitle: { vi: 'Biểu đồ tổng điểm', en: 'Totals chart' },
  totalsChartLabel: {
    vi: 'Biểu đồ thanh tổng điểm của {units} đơn vị theo thứ hạng, mỗi thanh chia theo {groups} nhóm và điểm thưởng, tính theo % điểm tối đa; đường gạch là ngưỡng xếp loại ({bands}). Dẫn đầu: {leader}. Bảng xếp hạng ghi đủ số liệu.',
    en: 'Bar chart of the totals of {units} units in rank order, each bar split into {groups} groups and bonus, as % of the maximum; dashed lines are the classification thresholds ({bands}). Leader: {leader}. The ranking table has every figure.',
  },
  chartBonus: { vi: 'Điểm thưởng', en: 'Bonus' },
  chartPenalty: { vi: 'Điểm trừ (bớt khỏi cuối thanh)', en: 'Deductions (taken off the end)' },
  chartBands: { vi: 'Ngưỡng xếp loại: {bands}', en: 'Class thresholds: {bands}' },
  // The status pictures.
  dotsLabel: {
    vi: 'Biểu đồ điểm từng tiêu chí của {unit} so với điểm chuẩn: {n} tiêu chí, {full} tiêu chí đạt đủ điểm; chưa đạt: {weak}. Bảng dưới ghi đủ số liệu.',
    en: 'Chart of the points of {unit} on each criterion against its maximum: {n} criteria, {full} at full points; below target: {weak}. The table below has every figure.',
  },
  mapTitle: { vi: 'Bản đồ trạng thái', en: 'Status map' },
  mapLabel: {
    vi: 'Bản đồ trạng thái {units} đơn vị × {criteria} tiêu chí: {exceeded} ô vượt, {met} ô đạt, {below} ô chưa đạt.',
    en: 'Status map of {units} units × {criteria} criteria: {exceeded} exceeded, {met} met, {below} below.',
  },
  mapHint: { vi: 'Mỗi hàng một đơn vị theo thứ hạng, mỗi cột một tiêu chí; xem Chi tiết điểm để biết số liệu.', en: 'One row per unit in rank order, one column per criterion; the Score detail has the figures.' },
  // The drill-down.
  subtotal: { vi: 'Cộng nhóm {heading}', en: 'Subtotal of group {heading}' },
  penaltyNone: { vi: 'Không bị trừ', en: 'No deduction' },
  penaltyPoints: { vi: 'Bị trừ {n} điểm', en: '{n} points deducted' },
  penaltyMax: { vi: 'trừ tối đa {n}', en: 'max. {n}' },
} as const satisfies Area);
