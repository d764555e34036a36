import type { PresetData } from './types';

/** Only the headers (and the default settings written out, so users see what they can change). */
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
