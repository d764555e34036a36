/**
 * A deterministic generator of valid cluster workbooks (long layout) as a `WorkbookGrid`, for tests
 * and benchmarks: N units × M leaf criteria in a few groups, of every kind, with a unit list,
 * awards and settings. The same options (and seed) always give the same workbook.
 */
import type { Cell, SheetGrid, WorkbookGrid } from '../../src/workbook/grid';

export interface ClusterOptions {
  /** How many units (default 10). */
  units?: number;
  /** How many scored leaf criteria (default 8); a bonus and a penalty criterion come on top. */
  criteria?: number;
  /** How many top-level groups the leaves are spread over (default 3). */
  groups?: number;
  /** Seed of the pseudo-random figures (default 1). */
  seed?: number;
  /** The name of unit i (0-based); default `Đơn vị 00001`, … */
  unitName?: (i: number) => string;
}

/** mulberry32: small, fast and good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type LeafKind = 'proportional' | 'threshold' | 'relative' | 'lower' | 'passfail' | 'count' | 'manual';

/** The kinds leaves cycle through, so every kind appears once there are seven leaves or more. */
const KINDS: readonly LeafKind[] = ['proportional', 'passfail', 'threshold', 'manual', 'relative', 'count', 'lower'];

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

interface Leaf {
  code: string;
  kind: LeafKind;
  max: number;
  /** Not meeting it vetoes every award (the first pass/fail leaf). */
  mandatory: boolean;
}

const CRITERIA_HEADER: Cell[] = [
  'Mã',
  'Tên tiêu chí',
  'Thuộc nhóm',
  'Loại',
  'Điểm chuẩn',
  'Chiều',
  'Cách tính',
  'Thưởng mỗi 1% vượt',
  'Thưởng tối đa',
  'Điểm mỗi đơn vị',
  'Bắt buộc',
  'Đơn vị tính',
];

function criterionRow(leaf: Leaf, parent: string): Cell[] {
  const name = `Tiêu chí ${leaf.code}`;
  switch (leaf.kind) {
    case 'proportional':
      return [leaf.code, name, parent, 'định lượng', leaf.max, 'tăng', 'tỷ lệ', 0.05, 1, null, null, 'tỷ đồng'];
    case 'threshold':
      return [leaf.code, name, parent, 'định lượng', leaf.max, 'tăng', 'ngưỡng', null, null, null, null, '%'];
    case 'relative':
      return [leaf.code, name, parent, 'định lượng', leaf.max, 'tăng', 'so với dẫn đầu', null, null, null, null, 'xã'];
    case 'lower':
      return [leaf.code, name, parent, 'định lượng', leaf.max, 'giảm', 'tỷ lệ', null, null, null, null, '%'];
    case 'passfail':
      return [leaf.code, name, parent, 'đạt/không đạt', leaf.max, null, null, null, null, null, leaf.mandatory ? 'có' : null, null];
    case 'count':
      return [leaf.code, name, parent, 'đếm', leaf.max, null, null, null, null, 2, null, 'mô hình'];
    case 'manual':
      return [leaf.code, name, parent, 'chấm điểm', leaf.max, null, null, null, null, null, null, null];
  }
}

function dataRow(unit: string, leaf: Leaf, rnd: () => number, i: number): Cell[] {
  const round1 = (x: number): number => Math.round(x * 10) / 10;
  const evidence = i % 7 === 0 ? `QĐ số ${100 + (i % 900)}/QĐ-UBND` : null;
  switch (leaf.kind) {
    case 'proportional':
    case 'threshold':
    case 'relative':
    case 'lower': {
      const target = Math.round(50 + rnd() * 150);
      return [unit, leaf.code, target, round1(target * (0.75 + rnd() * 0.5)), null, null, evidence, null];
    }
    case 'passfail':
      return [unit, leaf.code, null, rnd() < 0.9 ? 'đạt' : 'không đạt', null, null, evidence, null];
    case 'count':
      return [unit, leaf.code, null, Math.floor(rnd() * 6), null, null, evidence, null];
    case 'manual': {
      const self = round1(leaf.max * (0.6 + rnd() * 0.4));
      const appraised = rnd() < 0.3 ? round1(Math.max(0, self - rnd())) : null;
      return [unit, leaf.code, null, null, self, appraised, evidence, null];
    }
  }
}

function sheet(name: string, rows: Cell[][]): SheetGrid {
  return { name, rows, originRow: 0, originCol: 0, merges: [] };
}

/** A valid cluster workbook: `Tiêu chí`, `Số liệu`, `Đơn vị`, `Khen thưởng`, `Cài đặt`. */
export function generateCluster(options: ClusterOptions = {}): WorkbookGrid {
  const unitCount = options.units ?? 10;
  const leafCount = options.criteria ?? 8;
  const groupCount = Math.max(1, Math.min(options.groups ?? 3, ROMAN.length, leafCount));
  const rnd = seededRandom(options.seed ?? 1);
  const unitName = options.unitName ?? ((i: number) => `Đơn vị ${String(i + 1).padStart(5, '0')}`);

  const leavesByGroup: Leaf[][] = Array.from({ length: groupCount }, () => []);
  for (let i = 0; i < leafCount; i++) {
    const g = i % groupCount;
    const code = `${g + 1}.${leavesByGroup[g]!.length + 1}`;
    leavesByGroup[g]!.push({ code, kind: KINDS[i % KINDS.length]!, max: 10, mandatory: i === 1 });
  }
  const criteria: Cell[][] = [CRITERIA_HEADER];
  leavesByGroup.forEach((leaves, g) => {
    const group = ROMAN[g]!;
    criteria.push([group, `Nhóm tiêu chí ${group}`, null, 'nhóm', leaves.reduce((s, l) => s + l.max, 0), null, null, null, null, null, null, null]);
    for (const leaf of leaves) criteria.push(criterionRow(leaf, group));
  });
  criteria.push(['T1', 'Được khen thưởng trong năm', null, 'thưởng', 5, null, null, null, null, 2.5, null, 'lượt']);
  criteria.push(['T2', 'Vi phạm bị phê bình, nhắc nhở', null, 'trừ', 10, null, null, null, null, 2, null, 'lượt']);

  const leaves = leavesByGroup.flat();
  const names = Array.from({ length: unitCount }, (_, i) => unitName(i));
  const data: Cell[][] = [['Đơn vị', 'Mã tiêu chí', 'Chỉ tiêu', 'Thực hiện', 'Tự chấm', 'Điểm thẩm định', 'Minh chứng', 'Ghi chú']];
  let n = 0;
  for (const unit of names) {
    for (const leaf of leaves) data.push(dataRow(unit, leaf, rnd, n++));
    data.push([unit, 'T1', null, Math.floor(rnd() * 3), null, null, null, null]);
    data.push([unit, 'T2', null, Math.floor(rnd() * 2), null, null, null, null]);
  }

  const units: Cell[][] = [['Đơn vị', 'Vai trò', 'Kỷ luật', 'Ghi chú']];
  names.forEach((unit, i) => {
    const role = i === 0 ? 'Cụm trưởng' : i === 1 ? 'Cụm phó' : 'Thành viên';
    units.push([unit, role, i > 1 && rnd() < 0.02 ? 'có' : null, null]);
  });

  const thematic = leaves.find((l) => l.kind === 'relative') ?? leaves[0]!;
  const awards: Cell[][] = [
    ['Thứ tự', 'Hình thức', 'Phạm vi', 'Số lượng', 'Tỷ lệ tối đa', 'Điểm tối thiểu', 'Tỷ lệ điểm tối thiểu', 'Tiêu chí'],
    [1, 'Cờ thi đua của UBND tỉnh', 'toàn diện', 1, null, null, 80, null],
    [2, 'Bằng khen của Chủ tịch UBND tỉnh (toàn diện)', 'toàn diện', null, '10%', null, 70, null],
    [3, `Bằng khen chuyên đề (tiêu chí ${thematic.code})`, 'chuyên đề', 1, null, null, null, thematic.code],
  ];
  const settings: Cell[][] = [
    ['Khóa', 'Giá trị'],
    ['Tên cụm', `Cụm thi đua sinh tự động (${unitCount} đơn vị)`],
    ['Năm', 2024],
    ['Kỳ', 'năm'],
  ];

  return {
    name: `cluster-${unitCount}.xlsx`,
    sheets: [
      sheet('Tiêu chí', criteria),
      sheet('Số liệu', data),
      sheet('Đơn vị', units),
      sheet('Khen thưởng', awards),
      sheet('Cài đặt', settings),
    ],
  };
}
