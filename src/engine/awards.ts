import type { Award } from './model';

/** The awards used when a workbook has no `Khen thưởng` sheet (workbook-format.md). */
export function defaultAwards(): Award[] {
  return [
    {
      order: 1,
      name: 'Cờ thi đua của UBND tỉnh/thành phố',
      scope: 'overall',
      quota: 1,
      maxShare: null,
      minScore: null,
      minPercent: 90,
      criterion: null,
    },
    {
      order: 2,
      name: 'Bằng khen của Chủ tịch UBND tỉnh/thành phố',
      scope: 'overall',
      quota: 2,
      maxShare: null,
      minScore: null,
      minPercent: 80,
      criterion: null,
    },
  ];
}
