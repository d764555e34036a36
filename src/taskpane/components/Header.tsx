/** The banner: the product name and the language switch (every text changes at once). */
import { Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../engine/model';
import { LANGUAGE_NAMES, t } from '../strings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  titles: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  name: { margin: 0, color: tokens.colorNeutralForegroundOnBrand },
  tagline: { color: tokens.colorNeutralForegroundOnBrand },
  select: { flexShrink: 0, minWidth: '112px' },
});

export interface HeaderProps {
  lang: Lang;
  onLangChange: (lang: Lang) => void;
}

const LANGS: readonly Lang[] = ['vi', 'en'];

export function Header({ lang, onLangChange }: HeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <div className={styles.titles}>
        <Text as="h1" size={500} weight="semibold" className={styles.name}>
          {t('appName', lang)}
        </Text>
        <Text size={200} className={styles.tagline}>
          {t('tagline', lang)}
        </Text>
      </div>
      <Select
        size="small"
        className={styles.select}
        aria-label={t('language', lang)}
        value={lang}
        onChange={(_, data) => onLangChange(data.value === 'en' ? 'en' : 'vi')}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </Select>
    </header>
  );
}
