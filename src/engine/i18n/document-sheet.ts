/**
 * The official list `Danh sách đề nghị khen thưởng` (workbook/documents.ts, Nghị định 30/2020
 * layout): its type, summary, table header and group lines. Keys `sheet.doc.*`; loaded only with
 * the documents, never with the pane's first load.
 */
import { register } from './table';
import type { Area } from './template';

export const DOCUMENT_SHEET = register('sheet', {
  'doc.list': { vi: 'DANH SÁCH', en: 'LIST' },
  'doc.summary': { vi: 'Đề nghị khen thưởng{period} của {cluster}', en: 'Award proposals{period} of {cluster}' },
  'doc.head.no': { vi: 'STT', en: 'No.' },
  'doc.head.unit': { vi: 'Tên tập thể', en: 'Collective' },
  'doc.head.award': { vi: 'Hình thức khen thưởng đề nghị', en: 'Proposed award' },
  'doc.head.total': { vi: 'Tổng điểm', en: 'Total' },
  'doc.head.rank': { vi: 'Xếp hạng', en: 'Rank' },
  'doc.group': { vi: '{n}. {award} ({count} tập thể)', en: '{n}. {award} ({count} collective(s))' },
  'doc.vote': { vi: '{award} (cần bình xét)', en: '{award} (vote needed)' },
  'doc.total': { vi: 'Tổng cộng: {count} tập thể', en: 'In all: {count} collective(s)' },
  'doc.none': { vi: 'Không có tập thể nào được đề nghị.', en: 'No collective is proposed.' },
  // The cluster's default name and the year of a title are the paper's (`sheet.paper.cluster`, `sheet.paper.year`).
} as const satisfies Area);
