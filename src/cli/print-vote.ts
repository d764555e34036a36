/** The count of the vote as text for the terminal: per award, the elected units and the others. */
import { formatNumber } from '../engine/format';
import type { Lang } from '../engine/model';
import type { ClusterResult } from '../engine/result';
import { revoteText, thresholdText, turnoutText, voteOutcomeLabel } from '../engine/vote-labels';
import { columns } from './print';
import { t } from './text';

export function voteText(result: ClusterResult, lang: Lang): string {
  const vote = result.vote;
  if (!vote) return '';
  const lines = [t('voteHeading', lang, { turnout: turnoutText(vote, lang) }), thresholdText(vote.rules, lang)];
  for (const a of vote.awards) {
    const elected = a.candidates.filter((c) => c.outcome === 'elected').map((c) => c.unit);
    lines.push('', t('voteAward', lang, { award: a.award, seats: String(a.seats), valid: String(a.valid), invalid: String(a.invalid) }));
    lines.push(`  ${t('voteElected', lang, { units: elected.length ? elected.join(', ') : t('voteNone', lang) })}`);
    const rows = a.candidates.map((c) => [c.unit, String(c.votes), `${formatNumber(c.share, lang, 2)}%`, voteOutcomeLabel(c.outcome, lang)]);
    lines.push(
      columns([[t('voteUnit', lang), t('voteVotes', lang), '%', t('voteOutcome', lang)], ...rows], new Set([1, 2]))
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n'),
    );
  }
  if (vote.awards.some((a) => a.candidates.some((c) => c.outcome === 'revote'))) lines.push('', revoteText(lang));
  return lines.join('\n');
}
