/**
 * Badges of results, each with its text (never colour only): a criterion's status, a unit's
 * classification band and a nomination's status.
 */
import { Badge, makeStyles, type BadgeProps } from '@fluentui/react-components';
import { VoteRegular } from '@fluentui/react-icons/svg/vote';
import { CheckmarkCircleRegular } from '@fluentui/react-icons/svg/checkmark-circle';
import { nominationStatusLabel, resultStatusLabel } from '../../engine/labels';
import type { Band, Lang } from '../../engine/model';
import type { CriterionResult, Status } from '../../engine/result';

type BadgeColor = NonNullable<BadgeProps['color']>;

/**
 * A badge never breaks (`Chưa đạt`, `Xuất sắc` stay on one line, issue 16): the tables leave it the
 * room (the ranking moves the class under the unit's name in a narrow pane).
 */
const useStyles = makeStyles({
  badge: { height: 'auto', minHeight: '20px', paddingBlock: '1px', lineHeight: '16px', whiteSpace: 'nowrap', flexShrink: 0 },
});

const STATUS_COLOR: Record<Status, BadgeColor> = {
  exceeded: 'success',
  met: 'warning',
  below: 'danger',
  missing: 'subtle',
  excluded: 'informative',
  scored: 'brand',
};

export function StatusBadge({ result, lang }: { result: Pick<CriterionResult, 'status' | 'basis'>; lang: Lang }) {
  const styles = useStyles();
  return (
    <Badge appearance="tint" shape="rounded" color={STATUS_COLOR[result.status]} data-status={result.status} className={styles.badge}>
      {resultStatusLabel(result, lang)}
    </Badge>
  );
}

/** Colours from the best band down; the last of three or more bands (e.g. `Yếu`) is red. */
const BAND_COLORS: readonly BadgeColor[] = ['success', 'brand', 'informative', 'warning'];

export function bandColor(name: string, bands: readonly Band[]): BadgeColor {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  const i = sorted.findIndex((b) => b.name === name);
  if (i < 0) return 'subtle';
  if (i === sorted.length - 1 && sorted.length >= 3) return 'danger';
  return BAND_COLORS[Math.min(i, BAND_COLORS.length - 1)]!;
}

export function ClassBadge({ name, bands }: { name: string; bands: readonly Band[] }) {
  const styles = useStyles();
  if (!name) return null;
  return (
    <Badge appearance="tint" shape="rounded" color={bandColor(name, bands)} className={styles.badge}>
      {name}
    </Badge>
  );
}

export function NominationBadge({ status, lang }: { status: 'nominated' | 'vote'; lang: Lang }) {
  const styles = useStyles();
  const vote = status === 'vote';
  return (
    <Badge
      className={styles.badge}
      appearance={vote ? 'filled' : 'tint'}
      shape="rounded"
      color={vote ? 'warning' : 'success'}
      icon={vote ? <VoteRegular /> : <CheckmarkCircleRegular />}
      data-status={status}
    >
      {nominationStatusLabel(status, lang)}
    </Badge>
  );
}
