/**
 * What Fluent UI v9 expects from a browser and jsdom lacks; imported first by every pane test.
 * - ResizeObserver: MessageBar measures itself to reflow its actions; Tabster/positioning observe sizes.
 * - matchMedia: motion components ask for `prefers-reduced-motion`.
 * - Element.scrollIntoView: TabList scrolls the selected tab into view.
 * And one setting: `findBy…`/`waitFor` wait up to 5 s (not 1 s) for a pane that renders lazily, since
 * the suite shares two cores with other suites and a first render can take over a second there.
 */
import { configure } from '@testing-library/react';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

configure({ asyncUtilTimeout: 5000 });

const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.ResizeObserver === 'undefined') g.ResizeObserver = ResizeObserverStub;

if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (typeof Element !== 'undefined' && typeof Element.prototype.scrollIntoView !== 'function') {
  Element.prototype.scrollIntoView = function scrollIntoView(): void {};
}

// Rendering Fluent in jsdom and scoring real fixtures take a few seconds when all suites run at once.
jest.setTimeout(30_000);

export {};

// TextDecoder, TextEncoder: the .xlsx reader decodes and re-encodes package parts (jsdom has no TextDecoder; browsers do).
if (typeof g.TextDecoder === 'undefined') g.TextDecoder = NodeTextDecoder;
if (typeof g.TextEncoder === 'undefined') g.TextEncoder = NodeTextEncoder;
