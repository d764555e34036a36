/** A failed action: its title and the error text (already in the UI language) in a MessageBar. */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { marginBlock: tokens.spacingVerticalS },
});

export interface ErrorBarProps {
  title: string;
  error: string;
  className?: string;
}

export function ErrorBar({ title, error, className }: ErrorBarProps) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" className={mergeClasses(styles.root, className)}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {error}
      </MessageBarBody>
    </MessageBar>
  );
}
