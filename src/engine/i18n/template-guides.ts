/**
 * The template's input messages (presets/guides.ts): for each guided column of a template sheet, its
 * title (`<sheet>.<column>.title`) and its text (`<sheet>.<column>`); and the `Cài đặt` key column's.
 * Keys `guide.*`; loaded only with the template, never with the pane's first load. The settings'
 * own messages are the `guide` of their entries in the settings table (engine/settings-table.ts).
 */
import { register } from './table';
import type { Area } from './template';

export const TEMPLATE_GUIDES = register('guide', {
  'criteria.kind.title': { vi: 'Loại', en: 'Kind' },
  'criteria.kind': {
    vi: 'nhóm: nhóm tiêu chí; định lượng: có chỉ tiêu và thực hiện; đạt/không đạt; đếm; chấm điểm; thưởng; trừ.',
    en: 'group; target: a target and an actual; passfail; count; manual; bonus; penalty.',
  },
  'criteria.max.title': { vi: 'Điểm chuẩn', en: 'Max points' },
  'criteria.max': { vi: 'Điểm tối đa của tiêu chí (số ≥ 0); với nhóm là tổng điểm của nhóm.', en: 'The most points of the criterion (a number ≥ 0); for a group, its total.' },
  'criteria.direction.title': { vi: 'Chiều', en: 'Direction' },
  'criteria.direction': { vi: 'tăng: càng cao càng tốt; giảm: càng thấp càng tốt (để trống là tăng).', en: 'higher: more is better; lower: less is better (blank is higher).' },
  'criteria.method.title': { vi: 'Cách tính', en: 'Method' },
  'criteria.method': {
    vi: 'tỷ lệ: điểm theo tỷ lệ thực hiện/chỉ tiêu; ngưỡng: đủ điểm khi đạt chỉ tiêu; so với dẫn đầu: theo đơn vị cao nhất.',
    en: 'proportional: points by actual/target; threshold: full points once the target is met; relative: against the leading unit.',
  },
  'criteria.bonusPerPercent.title': { vi: 'Thưởng mỗi 1% vượt', en: 'Bonus per percent' },
  'criteria.bonusPerPercent': { vi: 'Điểm thưởng cho mỗi 1% vượt chỉ tiêu (số ≥ 0).', en: 'Bonus points per 1% over the target (a number ≥ 0).' },
  'criteria.bonusCap.title': { vi: 'Thưởng tối đa', en: 'Bonus cap' },
  'criteria.bonusCap': { vi: 'Điểm thưởng vượt tối đa của tiêu chí (số ≥ 0).', en: 'The most bonus points of the criterion (a number ≥ 0).' },
  'criteria.pointsPerUnit.title': { vi: 'Điểm mỗi đơn vị', en: 'Points per unit' },
  'criteria.pointsPerUnit': { vi: 'Với tiêu chí đếm, thưởng, trừ: điểm cho mỗi lần (số ≥ 0).', en: 'For count, bonus and penalty criteria: points per occurrence (≥ 0).' },
  'criteria.mandatory.title': { vi: 'Bắt buộc', en: 'Mandatory' },
  'criteria.mandatory': { vi: 'có: đơn vị không đạt tiêu chí này không được đề nghị khen thưởng.', en: 'yes: a unit below this criterion is not proposed for an award.' },
  'data.target.title': { vi: 'Chỉ tiêu', en: 'Target' },
  'data.target': { vi: 'Chỉ tiêu được giao (số); để trống nếu không giao.', en: 'The target set (a number); blank when none was set.' },
  'data.actual.title': { vi: 'Thực hiện', en: 'Actual' },
  'data.actual': { vi: 'Kết quả thực hiện (số, hoặc có/không với tiêu chí đạt/không đạt).', en: 'The result (a number, or yes/no for a pass/fail criterion).' },
  'units.disciplined.title': { vi: 'Kỷ luật', en: 'Disciplined' },
  'units.disciplined': { vi: 'có: đơn vị bị kỷ luật trong kỳ, không được đề nghị khen thưởng.', en: 'yes: the unit was disciplined in the period and is not proposed.' },
  'awards.scope.title': { vi: 'Phạm vi', en: 'Scope' },
  'awards.scope': { vi: 'toàn diện: theo tổng điểm; chuyên đề: theo một tiêu chí (cột Tiêu chí).', en: 'overall: by the total; thematic: by one criterion (the Criterion column).' },
  'awards.quota.title': { vi: 'Số lượng', en: 'Quota' },
  'awards.quota': { vi: 'Số đơn vị tối đa được đề nghị (số nguyên ≥ 0).', en: 'The most units proposed (a whole number ≥ 0).' },
  'awards.minScore.title': { vi: 'Điểm tối thiểu', en: 'Min score' },
  'awards.minScore': { vi: 'Tổng điểm tối thiểu để được đề nghị.', en: 'The least total to be proposed.' },
  'settings.key.title': { vi: 'Khóa', en: 'Key' },
  'settings.key': { vi: 'Chọn một khóa cài đặt; khóa nào không ghi thì dùng giá trị mặc định.', en: 'Pick a setting; a setting not listed keeps its default.' },
} as const satisfies Area);

/** A guided column of a template sheet (`criteria.kind`, …): an entry with its `.title` beside it. */
export type GuideKey = { [K in keyof typeof TEMPLATE_GUIDES]: K extends `${infer G}.title` ? G : never }[keyof typeof TEMPLATE_GUIDES];
