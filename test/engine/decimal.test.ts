import { roundHalfUp, subtractRounded, sumRounded, toUnits, unitsOfRounded } from '../../src/engine/decimal';

describe('rounding and exact sums (R3)', () => {
  it('rounds half up, including values stored just under the half', () => {
    expect(roundHalfUp(13.125, 2)).toBe(13.13);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(2.675, 2)).toBe(2.68);
    expect(roundHalfUp(0.125, 2)).toBe(0.13);
    expect(roundHalfUp(7.5, 0)).toBe(8);
    expect(roundHalfUp(2.4999, 0)).toBe(2);
  });

  it('rounds negatives away from zero, and never returns -0', () => {
    expect(roundHalfUp(-1.005, 2)).toBe(-1.01);
    expect(Object.is(roundHalfUp(-0.001, 2), 0)).toBe(true);
  });

  it('sums rounded values exactly: 0.1 + 0.2 is 0.3', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumRounded([0.1, 0.2], 2)).toBe(0.3);
    expect(sumRounded(Array(10).fill(0.1), 1)).toBe(1);
    expect(sumRounded([16.49, 14.74, 14.74, 20], 2)).toBe(65.97);
  });

  it('counts integer units', () => {
    expect(toUnits(90.5, 2)).toBe(9050);
    expect(toUnits(0.07, 2)).toBe(7);
  });

  it('subtracts rounded values exactly and counts units of rounded values', () => {
    expect(0.3 - 0.1).not.toBe(0.2);
    expect(subtractRounded(0.3, 0.1, 2)).toBe(0.2);
    expect(subtractRounded(90.5, 2, 2)).toBe(88.5);
    expect(Object.is(subtractRounded(1.1, 1.1, 2), 0)).toBe(true);
    expect(unitsOfRounded(1.15, 2)).toBe(115); // 1.15 × 100 is 114.99999999999999 in binary
    expect(unitsOfRounded(4.35, 2)).toBe(435);
  });

  it('rounds to 0 decimals and to 6', () => {
    expect(roundHalfUp(0.5, 0)).toBe(1);
    expect(roundHalfUp(1.4999999, 0)).toBe(1);
    expect(roundHalfUp(1.0000005, 6)).toBe(1.000001);
    expect(roundHalfUp(1.00000049, 6)).toBe(1);
  });
});
