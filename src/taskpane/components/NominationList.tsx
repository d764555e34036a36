/**
 * The nomination draft: per award (most prestigious first) the units proposed, or marked
 * `Cần bình xét` when tied at the quota boundary, with the basis; then the units not proposed
 * and why.
 */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { failureText } from '../../engine/eligibility';
import { nominationReasonText, reasonText } from '../../engine/labels';
import type { Lang } from '../../engine/model';
import type { ClusterResult } from '../../engine/result';
import { t } from '../strings';
import type { VoteOutcome } from '../../engine/vote';
import { NominationBadge } from './badges';
import { useVirtualRows } from './useVirtualRows';
import { VoteOutcomeBadge } from './VoteCount';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  award: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  // A long "not proposed" list scrolls in a box of its own; only the items in view are drawn.
  box: { maxHeight: '60vh', overflowY: 'auto', overscrollBehavior: 'contain' },
  spacer: { flexShrink: 0 },
});

export interface NominationListProps {
  result: ClusterResult;
  lang: Lang;
}

export function NominationList({ result, lang }: NominationListProps) {
  const styles = useStyles();
  const d = result.settings.decimals;
  // A large cluster's "not proposed" list (hundreds) draws only the items in view.
  const left = result.notNominated;
  const v = useVirtualRows<HTMLDivElement>(left.length);
  const awards = [...result.awards].sort((a, b) => a.order - b.order);
  // After a vote, each candidate's outcome stands beside its nomination (`Trúng` for the elected).
  const outcomeOf = (award: string, unit: string): VoteOutcome | undefined =>
    result.vote?.awards.find((a) => a.award === award)?.candidates.find((c) => c.unit === unit)?.outcome;
  return (
    <div className={styles.root} data-testid="nominations">
      {awards.map((a) => {
        const nominees = result.nominations.filter((nm) => nm.award === a.name && nm.order === a.order);
        const vote = nominees.some((nm) => nm.status === 'vote');
        const left = (result.ineligible ?? []).filter((x) => x.award === a.name);
        return (
          <section key={`${a.order}:${a.name}`} className={styles.award} data-award={a.name}>
            <Text as="h4" size={200} weight="semibold" className={styles.heading}>
              {a.name}
            </Text>
            {nominees.length === 0 ? (
              <Text as="p" size={200} className={styles.muted}>
                {t('noNominee', lang)}
              </Text>
            ) : (
              <ul className={styles.list}>
                {nominees.map((nm) => (
                  <li key={nm.unit} className={styles.item} data-unit={nm.unit}>
                    <span className={styles.line}>
                      <Text weight="semibold">{nm.unit}</Text>
                      <NominationBadge status={nm.status} lang={lang} />
                      {outcomeOf(nm.award, nm.unit) && <VoteOutcomeBadge outcome={outcomeOf(nm.award, nm.unit)!} lang={lang} />}
                    </span>
                    <Text size={200} className={styles.muted}>
                      {nominationReasonText(nm, lang, d)}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
            {vote && (
              <Text as="p" size={200} className={styles.muted}>
                {t('voteHint', lang)}
              </Text>
            )}
            {left.length > 0 && (
              // Units this award's conditions left out (cycle.md §3), each with what is missing.
              <div data-testid="ineligible">
                <Text as="p" size={200} weight="semibold" className={styles.muted}>
                  {t('ineligibleTitle', lang)}
                </Text>
                <ul className={styles.list}>
                  {left.map((x) => (
                    <li key={x.unit} className={styles.item} data-unit={x.unit}>
                      <Text size={200}>{x.unit}</Text>
                      <Text size={200} className={styles.muted}>
                        {x.failures.map((f) => failureText(f, lang)).join('; ')}
                      </Text>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>
        );
      })}
      <section className={styles.award} data-testid="not-nominated">
        <Text as="h4" size={200} weight="semibold" className={styles.heading}>
          {t('notNominatedTitle', lang)}
        </Text>
        {result.notNominated.length === 0 ? (
          <Text as="p" size={200} className={styles.muted}>
            {t('nobody', lang)}
          </Text>
        ) : (
          <div
            ref={v.box}
            onScroll={v.onScroll}
            onKeyDown={v.onKeyDown}
            {...(v.virtual ? { className: styles.box, role: 'region', 'aria-label': t('notNominatedTitle', lang), tabIndex: 0, 'data-testid': 'not-nominated-box' } : {})}
          >
            <ul className={styles.list} aria-label={t('notNominatedTitle', lang)}>
              {v.before > 0 && <li aria-hidden="true" className={styles.spacer} style={{ height: v.before }} />}
              {left.slice(v.start, v.end).map((nn, i) => (
                // Readers hear each item's place in the whole list, not in the part drawn.
                <li key={nn.unit} className={styles.item} data-unit={nn.unit} {...(v.virtual ? { 'aria-setsize': left.length, 'aria-posinset': v.start + i + 1, 'data-vrow': '' } : {})}>
                  <Text weight="semibold">{nn.unit}</Text>
                  <Text size={200} className={styles.muted}>
                    {reasonText(nn.reason, lang)}
                  </Text>
                </li>
              ))}
              {v.after > 0 && <li aria-hidden="true" className={styles.spacer} style={{ height: v.after }} />}
            </ul>
          </div>
        )}
      </section>
    </div>
  );
}
