/**
 * Badges of results, each with its text (never colour only): a criterion's status, a unit's
 * classification band and a nomination's status.
 */
import { Badge, type BadgeProps } from '@fluentui/react-components';
import { VoteRegular } from '@fluentui/react-icons/svg/vote';
import { CheckmarkCircleRegular } from '@fluentui/react-icons/svg/checkmark-circle';
import { nominationStatusLabel, statusLabel } from '../../engine/labels';
import type { Band, Lang } from '../../engine/model';
import type { Status } from '../../engine/result';

type BadgeColor = NonNullable<BadgeProps['color']>;

const STATUS_COLOR: Record<Status, BadgeColor> = {
  exceeded: 'success',
  met: 'warning',
  below: 'danger',
  missing: 'subtle',
  excluded: 'informative',
  scored: 'brand',
};

export function StatusBadge({ status, lang }: { status: Status; lang: Lang }) {
  return (
    <Badge appearance="tint" shape="rounded" color={STATUS_COLOR[status]} data-status={status}>
      {statusLabel(status, lang)}
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
  if (!name) return null;
  return (
    <Badge appearance="tint" shape="rounded" color={bandColor(name, bands)}>
      {name}
    </Badge>
  );
}

export function NominationBadge({ status, lang }: { status: 'nominated' | 'vote'; lang: Lang }) {
  const vote = status === 'vote';
  return (
    <Badge
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
