import type { PresetData } from './types';

/** Only the headers (and every setting with its default, written by presetSheets, so users see what they can change). */
export const BLANK: PresetData = {
  name: 'blank',
  title: { vi: 'Sổ trống: chỉ có tiêu đề các trang', en: 'Blank workbook: the sheets with their headers only' },
  source: { vi: 'Không có số liệu.', en: 'No figures.' },
  criteria: [],
  data: [],
  units: [],
  awards: [],
  settings: [],
};
