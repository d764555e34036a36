/**
 * The last net: a render error anywhere below shows a message (in the UI language) with a way to
 * try again, instead of a blank pane. Error boundaries are still class components in React 19.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Lang } from '../../engine/model';
import { t } from '../strings';

export interface ErrorBoundaryProps {
  lang: Lang;
  /** Also run on `Thử lại` (e.g. read the workbook again, so bad state is replaced). */
  onRetry?: () => void;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for the developer console of Excel (F12 / the web inspector); the user sees the message bar.
    console.error('Thi đua task pane:', error, info.componentStack);
  }

  private readonly retry = (): void => {
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { lang } = this.props;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t('crashTitle', lang)}</MessageBarTitle>
          {t('crashBody', lang)} ({error.message})
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={this.retry}>
            {t('tryAgain', lang)}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
