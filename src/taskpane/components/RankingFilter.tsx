/**
 * Large clusters (issue 16): search the ranking by unit name (accents and case ignored) and filter it
 * by classification. The table draws only the rows in view (useVirtualRows), so 300 units never draw
 * 300 rows at once.
 */
import { useMemo, useState, type ReactElement } from 'react';
import { Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../engine/model';
import type { ClusterResult, UnitResult } from '../../engine/result';
import { w, wf } from '../work-strings';

/** From this many units on, the search and the filter are offered. */
export const FILTER_FROM = 13;

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  search: { flexGrow: 1, minWidth: '9em' },
  select: { minWidth: 0, maxWidth: '100%' },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
});

/** A name folded for search: lower case, no accents, đ as d. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().trim();
}

export function filterUnits(units: readonly UnitResult[], query: string, band: string): UnitResult[] {
  const q = fold(query);
  return units.filter((u) => (q === '' || fold(u.unit).includes(q)) && (band === '' || u.classification === band));
}

export interface FilteredRanking {
  /** The result with only the units to draw (in rank order). */
  shown: ClusterResult;
  controls: ReactElement | null;
}

/** The search bar and the filtered result to draw. */
export function useRankingFilter(result: ClusterResult, lang: Lang): FilteredRanking {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [band, setBand] = useState('');
  const matching = useMemo(() => filterUnits(result.units, query, band), [result.units, query, band]);
  const shown = useMemo(() => ({ ...result, units: matching }), [result, matching]);
  const offered = result.units.length >= FILTER_FROM;
  const bands = [...new Set(result.units.map((u) => u.classification).filter((c) => c !== ''))];
  const controls = offered ? (
    <div className={styles.bar} role="search" data-testid="ranking-filter">
      <Field label={w('searchUnit', lang)} className={styles.search}>
        <Input
          type="search"
          value={query}
          onChange={(_, d) => setQuery(d.value)}
        />
      </Field>
      <Field label={w('filterClass', lang)}>
        <Select
          className={styles.select}
          value={band}
          onChange={(_, d) => setBand(d.value)}
        >
          <option value="">{w('allClasses', lang)}</option>
          {bands.map((b) => (
            <option key={b} value={b}>
              {b}
            </option>
          ))}
        </Select>
      </Field>
      <Text as="p" size={200} className={styles.muted} aria-live="polite" data-testid="ranking-count">
        {wf('shownOf', { shown: matching.length, total: result.units.length }, lang)}
      </Text>
    </div>
  ) : null;
  return { shown, controls };
}
