/**
 * The ready workbooks' names, titles and sources: what the task pane's template picker shows on its
 * first load, apart from the presets' figures (./index), which load with the template action.
 */
import type { PresetData } from './types';

export type PresetInfo = Pick<PresetData, 'name' | 'title' | 'source'>;

export const HAI_PHONG_HUYEN_2024_INFO: PresetInfo = {
  name: 'hai-phong-huyen-2024',
  title: { vi: 'Cụm thi đua các huyện thành phố Hải Phòng, năm 2024', en: 'District emulation cluster of Hải Phòng, 2024' },
  source: {
    vi: 'Số liệu lấy từ báo chí: số xã đạt chuẩn nông thôn mới nâng cao 6 tháng đầu năm 2024 (tiêu chí 1.3), thu ngân sách của Cát Hải, Thủy Nguyên, Kiến Thụy (1.1), chỉ số cải cách hành chính 2023 của Thủy Nguyên, An Lão, Vĩnh Bảo (2.1). Các số liệu khác là số liệu minh họa, không phải số liệu thật; cột “Minh chứng” của trang Số liệu ghi rõ từng dòng.',
    en: 'Figures from the press: advanced new-rural communes in the first half of 2024 (criterion 1.3), budget revenue of Cát Hải, Thủy Nguyên and Kiến Thụy (1.1), the 2023 administrative-reform scores of Thủy Nguyên, An Lão and Vĩnh Bảo (2.1). Every other figure is illustrative, not real; the Evidence column of the Data sheet says which for each row.',
  },
};

export const BLANK_INFO: PresetInfo = {
  name: 'blank',
  title: { vi: 'Sổ trống: chỉ có tiêu đề các trang', en: 'Blank workbook: the sheets with their headers only' },
  source: { vi: 'Không có số liệu.', en: 'No figures.' },
};

/** In the order of PRESETS (./index). */
export const PRESET_INFOS: readonly PresetInfo[] = [HAI_PHONG_HUYEN_2024_INFO, BLANK_INFO];
export const DEFAULT_PRESET = HAI_PHONG_HUYEN_2024_INFO.name;
