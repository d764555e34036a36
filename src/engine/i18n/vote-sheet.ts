/**
 * The vote's sheets (workbook/vote-sheets.ts): `Kết quả bỏ phiếu`, the minutes `Biên bản kiểm
 * phiếu` and the printable ballot `Mẫu phiếu bầu`. Keys `sheet.vote.*`; loaded only with the vote's
 * sheets, never with the pane's first load. A header row is one entry per column.
 */
import { register } from './table';
import type { Area } from './template';

export const VOTE_SHEET = register('sheet', {
  'vote.resultsTitle': { vi: 'KẾT QUẢ BỎ PHIẾU BÌNH XÉT KHEN THƯỞNG', en: 'AWARD VOTE RESULTS' },
  'vote.figure.seats': { vi: 'Số suất', en: 'Seats' },
  'vote.figure.received': { vi: 'Phiếu thu về', en: 'Ballots received' },
  'vote.figure.valid': { vi: 'Phiếu hợp lệ', en: 'Valid' },
  'vote.figure.invalid': { vi: 'Phiếu không hợp lệ', en: 'Invalid' },
  'vote.head.no': { vi: 'STT', en: 'No.' },
  'vote.head.unit': { vi: 'Đơn vị', en: 'Unit' },
  'vote.head.votes': { vi: 'Số phiếu đồng ý', en: 'Yes votes' },
  'vote.head.base': { vi: 'Tính trên', en: 'Base' },
  'vote.head.share': { vi: 'Tỷ lệ %', en: 'Share %' },
  'vote.head.outcome': { vi: 'Kết quả', en: 'Outcome' },
  'vote.org': { vi: 'CỤM THI ĐUA', en: 'EMULATION CLUSTER' },
  'vote.minutesType': { vi: 'BIÊN BẢN', en: 'MINUTES' },
  'vote.minutesSummary': { vi: 'Kiểm phiếu {subject} của {cluster}', en: 'Of the ballot count: {subject} of {cluster}' },
  'vote.minutesSubject': { vi: 'bình xét, suy tôn khen thưởng', en: 'vote on the award nominations' },
  'vote.opening': {
    vi: 'Hôm nay, tại ………………………………, tổ kiểm phiếu đã kiểm phiếu bầu bình xét, suy tôn khen thưởng của {cluster}, kết quả như sau:',
    en: 'Today, at ………………………………, the count committee counted the ballots of {cluster} on the award nominations, with this result:',
  },
  'vote.closing': {
    vi: 'Biên bản lập xong hồi … giờ … cùng ngày, đã đọc lại cho hội nghị nghe và nhất trí thông qua.',
    en: 'These minutes were completed at … the same day, read out to the meeting and approved.',
  },
  'vote.award': { vi: '{n}. {award} ({seats} suất)', en: '{n}. {award} ({seats} seat(s))' },
  'vote.awardBallots': { vi: 'Số phiếu hợp lệ: {valid}; số phiếu không hợp lệ: {invalid}.', en: 'Valid ballots: {valid}; invalid: {invalid}.' },
  'vote.conclusion': { vi: 'KẾT LUẬN', en: 'CONCLUSION' },
  'vote.elected': { vi: 'Trúng: {units}', en: 'Elected: {units}' },
  'vote.revote': { vi: 'Bỏ phiếu lại: {units}', en: 'To vote again: {units}' },
  'vote.nobody': { vi: 'không có', en: 'none' },
  'vote.noQuorum': {
    vi: 'Không đủ số đại biểu có mặt tối thiểu: chưa đơn vị nào trúng; cần tổ chức bỏ phiếu lại.',
    en: 'The quorum was not met: no unit is elected; the vote must be held again.',
  },
  'vote.signer.count': { vi: 'TỔ KIỂM PHIẾU', en: 'COUNT COMMITTEE' },
  'vote.signer.chair': { vi: 'CHỦ TRÌ HỘI NGHỊ', en: 'CHAIR OF THE MEETING' },
  'vote.sign': { vi: '(Ký, ghi rõ họ tên)', en: '(Signature and full name)' },
  'vote.ballotTitle': { vi: 'PHIẾU BẦU', en: 'BALLOT' },
  'vote.ballotSubject': { vi: 'Bình xét, suy tôn khen thưởng {when}', en: 'Vote on the award nominations {when}' },
  'vote.ballotHow': {
    vi: 'Đánh dấu (x) vào ô “Đồng ý” của đơn vị được chọn. Phiếu chọn quá số đơn vị quy định của một hình thức là phiếu không hợp lệ cho hình thức đó.',
    en: 'Mark (x) the “Yes” box of each unit you choose. A ballot choosing more units than an award allows is invalid for that award.',
  },
  'vote.ballotAward': { vi: '{n}. {award} — chọn không quá {seats} đơn vị', en: '{n}. {award} — choose at most {seats} unit(s)' },
  'vote.ballotHead.no': { vi: 'STT', en: 'No.' },
  'vote.ballotHead.unit': { vi: 'Đơn vị', en: 'Unit' },
  'vote.ballotHead.yes': { vi: 'Đồng ý', en: 'Yes' },
  'vote.ballotNo': { vi: 'Phiếu số: ……', en: 'Ballot no.: ……' },
} as const satisfies Area);
