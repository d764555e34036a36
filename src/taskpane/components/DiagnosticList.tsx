/**
 * Diagnostics (errors first, then warnings), each as `Sheet!Cell` and its message in the UI
 * language. Each line is a button: a click or Enter selects the cell in Excel (a line about a sheet
 * the workbook lacks has no cell to go to, and is plain text).
 */
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircleRegular } from '@fluentui/react-icons/svg/error-circle';
import { WarningRegular } from '@fluentui/react-icons/svg/warning';
import type { WorkbookApi } from '../../app/api';
import { diagnosticText, hasCell, type Diagnostic } from '../../engine/diagnostics';
import type { Lang } from '../../engine/model';
import { t } from '../strings';
import { useAction } from '../useAction';
import { ErrorBar } from './ErrorBar';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    width: '100%',
    textAlign: 'start',
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: tokens.strokeWidthThin },
  },
  plain: { cursor: 'default', ':hover': { backgroundColor: tokens.colorNeutralBackground1 } },
  icon: { fontSize: tokens.fontSizeBase400, gridRow: 'span 2' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  where: { fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** Errors first, then warnings; the reader's order kept within each. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics.filter((d) => d.severity === 'error'), ...diagnostics.filter((d) => d.severity !== 'error')];
}

export interface DiagnosticListProps {
  diagnostics: readonly Diagnostic[];
  lang: Lang;
  select: WorkbookApi['select'];
  /** Accessible name of the list. */
  label?: string;
}

export function DiagnosticList({ diagnostics, lang, select, label }: DiagnosticListProps) {
  const styles = useStyles();
  const selecting = useAction<void>(lang);
  const sorted = sortDiagnostics(diagnostics);
  return (
    <div>
      <Text as="p" size={200} className={styles.hint}>
        {t('selectHint', lang)}
      </Text>
      {selecting.state.status === 'failed' && <ErrorBar title={t('selectFailed', lang)} error={selecting.state.error} />}
      <ul className={styles.list} aria-label={label ?? t('problemsList', lang)}>
        {sorted.map((d, i) => {
          const isError = d.severity === 'error';
          const tone = isError ? styles.error : styles.warning;
          const Icon = isError ? ErrorCircleRegular : WarningRegular;
          const content = (
            <>
              <Icon className={mergeClasses(styles.icon, tone)} aria-hidden="true" />
              <span>
                <span className={tone}>{t(isError ? 'severityError' : 'severityWarning', lang)}</span>
                {' · '}
                <span className={styles.where}>
                  {d.sheet}!{d.cell}
                </span>
              </span>
              <span>{diagnosticText(d, lang)}</span>
            </>
          );
          return (
            <li key={`${i}:${d.sheet}!${d.cell}:${d.code}`}>
              {hasCell(d) ? (
                <button type="button" className={styles.item} data-severity={d.severity} onClick={() => void selecting.run(() => select(d.sheet, d.cell, lang))}>
                  {content}
                </button>
              ) : (
                <div className={mergeClasses(styles.item, styles.plain)} data-severity={d.severity}>
                  {content}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
