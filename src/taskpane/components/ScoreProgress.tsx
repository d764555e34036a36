/** The steps of a scoring run (read, score, write, and flag when asked for) as a progress bar. */
import { Field, ProgressBar } from '@fluentui/react-components';
import type { ScoreStep } from '../../app/api';
import type { Lang } from '../../engine/model';
import { t, tf, type PlainKey } from '../strings';

const STEP_TEXT: Record<ScoreStep, PlainKey> = {
  read: 'stepRead',
  score: 'stepScore',
  write: 'stepWrite',
  flag: 'stepFlag',
  done: 'stepDone',
};

export function stepsOf(flagInPlace: boolean): ScoreStep[] {
  return flagInPlace ? ['read', 'score', 'write', 'flag'] : ['read', 'score', 'write'];
}

export interface ScoreProgressProps {
  /** The step reported last; null before the first report. */
  step: ScoreStep | null;
  flagInPlace: boolean;
  lang: Lang;
}

export function ScoreProgress({ step, flagInPlace, lang }: ScoreProgressProps) {
  const steps = stepsOf(flagInPlace);
  const current = step ?? 'read';
  const index = current === 'done' ? steps.length : Math.max(steps.indexOf(current), 0);
  const text =
    current === 'done'
      ? t('stepDone', lang)
      : tf('stepOf', { n: String(index + 1), total: String(steps.length), step: t(STEP_TEXT[current], lang) }, lang);
  return (
    <Field label={t('progress', lang)} validationMessage={text} validationState="none" data-testid="score-progress">
      <ProgressBar value={index} max={steps.length} thickness="large" />
    </Field>
  );
}
