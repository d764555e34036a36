/**
 * The fixed words of an official paper in the Nghị định 30/2020 layout (workbook/paper.ts): the
 * quốc hiệu and tiêu ngữ, `Số:`, the date line, `Nơi nhận` and the signature block's defaults. Keys
 * `sheet.paper.*`; loaded only with the documents and the vote's minutes, never with the pane's first load.
 */
import { register } from './table';
import type { Area } from './template';

export const PAPER_SHEET = register('sheet', {
  'paper.nation': { vi: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', en: 'SOCIALIST REPUBLIC OF VIETNAM' },
  'paper.motto': { vi: 'Độc lập - Tự do - Hạnh phúc', en: 'Independence - Freedom - Happiness' },
  'paper.number': { vi: 'Số: {ref}', en: 'No.: {ref}' },
  'paper.recipients': { vi: 'Nơi nhận:', en: 'Recipients:' },
  'paper.defaultRecipients': { vi: 'Như trên; Lưu: VT', en: 'As above; Archive' },
  'paper.authority': { vi: 'TM. CỤM THI ĐUA', en: 'FOR THE EMULATION CLUSTER' },
  'paper.signerTitle': { vi: 'CỤM TRƯỞNG', en: 'CLUSTER LEADER' },
  /** The cluster's name when none is set (the issuing body, the official list's summary line). */
  'paper.cluster': { vi: 'Cụm thi đua', en: 'the emulation cluster' },
  /** The year of a title or summary line (the official list, the vote's sheets), as text: `năm 2024`; in English the year alone. */
  'paper.year': { vi: 'năm {year}', en: '{year}' },
  /** The date line; day, month and year are passed as text (ND 30's leading zeros, no thousands separator). */
  'paper.date': { vi: '{place}, ngày {day} tháng {month} năm {year}', en: '{place}, {day}/{month}/{year}' },
  'paper.blankDate': { vi: '{place}, ngày … tháng … năm …', en: '{place}, … / … / …' },
} as const satisfies Area);
