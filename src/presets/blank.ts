import { BLANK_INFO } from './catalogue';
import type { PresetData } from './types';

/** Only the headers (and every setting with its default, written by presetSheets, so users see what they can change). */
export const BLANK: PresetData = {
  ...BLANK_INFO,
  criteria: [],
  data: [],
  units: [],
  awards: [],
  settings: [],
};
