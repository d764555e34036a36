/** A group's heading: one dot between code and name, whether or not the cluster wrote the code with one. */
import { groupHeading } from '../../src/engine/format';

describe('groupHeading', () => {
  test.each([
    ['I', 'Kinh tế', 'I. Kinh tế'],
    ['I.', 'NHIỆM VỤ CÔNG TÁC CHUYÊN MÔN', 'I. NHIỆM VỤ CÔNG TÁC CHUYÊN MÔN'],
    ['1)', 'Thi đua', '1) Thi đua'],
    ['A', undefined, 'A'],
    ['II.', '', 'II.'],
  ])('%s + %s → %s', (code, name, heading) => expect(groupHeading(code, name)).toBe(heading));
});
