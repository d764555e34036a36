/** @jest-environment jsdom */
import './polyfills';
import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { LazySection } from '../../src/taskpane/components/LazySection';

const wrap = (el: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);

describe('a section loaded on its first visit', () => {
  test('loads nothing until visited, then shows what it loaded', async () => {
    const load = jest.fn(async () => ({ Panel: () => <p>loaded panel</p> }));
    const view = wrap(<LazySection active={false} load={load} lang="vi" render={(m) => <m.Panel />} />);
    expect(load).not.toHaveBeenCalled();
    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <LazySection active load={load} lang="vi" render={(m) => <m.Panel />} />
      </FluentProvider>,
    );
    expect(await screen.findByText('loaded panel')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('a section that cannot load shows an error, in the UI language, not an exception', async () => {
    const load = (): Promise<{ Panel: () => React.ReactElement }> => Promise.reject(new Error('Loading chunk forms-panel failed'));
    wrap(<LazySection active load={load} lang="en" render={(m) => <m.Panel />} />);
    expect(await screen.findByText('Could not open this section')).toBeTruthy();
    expect(screen.getByText(/Loading chunk forms-panel failed/)).toBeTruthy();
  });
});
