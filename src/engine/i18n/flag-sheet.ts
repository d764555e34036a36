/**
 * The note the flags' helper sheet carries beside its count (hosts/office/flags.ts): key
 * `sheet.flags.note`, in a module of its own so that the pane's first load, which flags nothing,
 * does not carry it.
 */
import { register } from './table';
import type { Area } from './template';

export const FLAG_SHEET = register('sheet', {
  'flags.note': {
    vi: 'Thi đua: mã tô màu tại chỗ (1 vượt, 2 đạt, 3 chưa đạt). Trang do phần bổ trợ quản lý; đừng sửa.',
    en: 'Thi đua: in-place flag codes (1 exceeded, 2 met, 3 below). A sheet the add-in manages; do not edit.',
  },
} as const satisfies Area);
