/** The friendly empty state of a workbook without a criteria sheet: it proposes a template. */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentAddRegular } from '@fluentui/react-icons/svg/document-add';
import type { Lang } from '../../engine/model';
import { t } from '../strings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { margin: 0 },
});

export interface EmptyWorkbookProps {
  lang: Lang;
  /** Opens the template section. */
  onStart: () => void;
}

export function EmptyWorkbook({ lang, onStart }: EmptyWorkbookProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="empty-workbook">
      <Text as="h3" weight="semibold" size={300} className={styles.title}>
        {t('emptyTitle', lang)}
      </Text>
      <Text as="p" size={200}>
        {t('emptyBody', lang)}
      </Text>
      <Button appearance="primary" data-appearance="primary" icon={<DocumentAddRegular />} onClick={onStart}>
        {t('chooseTemplate', lang)}
      </Button>
    </div>
  );
}
