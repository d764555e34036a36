/**
 * Entry of the task pane bundle: once Office is ready, render the app once, inside one
 * FluentProvider, into `#container` of taskpane.html.
 *
 * Language: Office's display language decides (`Office.context.displayLanguage`, e.g. `vi-VN`):
 * Vietnamese when it starts with `vi` (or when Office does not say), English for any other
 * language. The header's switch changes it afterwards.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createOfficeApi } from '../hosts/office';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { pickLang } from './strings';

void Office.onReady(() => {
  const container = document.getElementById('container');
  if (!container) return;
  const initialLang = pickLang(Office.context?.displayLanguage);
  document.documentElement.lang = initialLang;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <ErrorBoundary lang={initialLang}>
        <App api={createOfficeApi()} initialLang={initialLang} />
      </ErrorBoundary>
    </FluentProvider>,
  );
});
