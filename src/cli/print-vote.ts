/** The count of the vote as text for the terminal: per award, the elected units and the others. */
import { formatNumber } from '../engine/format';
import type { Lang } from '../engine/model';
import type { ClusterResult } from '../engine/result';
import { revoteText, thresholdText, turnoutText, voteOutcomeLabel } from '../engine/vote-labels';
import { columns } from './print';

export function voteText(result: ClusterResult, lang: Lang): string {
  const vote = result.vote;
  if (!vote) return '';
  const vi = lang === 'vi';
  const lines = [`${vi ? 'Kết quả bỏ phiếu' : 'Vote results'}: ${turnoutText(vote, lang)}`, thresholdText(vote.rules, lang)];
  for (const a of vote.awards) {
    const elected = a.candidates.filter((c) => c.outcome === 'elected').map((c) => c.unit);
    lines.push('', `${a.award} (${vi ? 'số suất' : 'seats'} ${a.seats}; ${vi ? 'hợp lệ' : 'valid'} ${a.valid}, ${vi ? 'không hợp lệ' : 'invalid'} ${a.invalid})`);
    lines.push(`  ${vi ? 'Trúng' : 'Elected'}: ${elected.length ? elected.join(', ') : vi ? '(không có)' : '(none)'}`);
    const rows = a.candidates.map((c) => [c.unit, String(c.votes), `${formatNumber(c.share, lang, 2)}%`, voteOutcomeLabel(c.outcome, lang)]);
    lines.push(
      columns([[vi ? 'Đơn vị' : 'Unit', vi ? 'Phiếu' : 'Votes', '%', vi ? 'Kết quả' : 'Outcome'], ...rows], new Set([1, 2]))
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n'),
    );
  }
  if (vote.awards.some((a) => a.candidates.some((c) => c.outcome === 'revote'))) lines.push('', revoteText(lang));
  return lines.join('\n');
}
