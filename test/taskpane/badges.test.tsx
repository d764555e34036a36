/** @jest-environment jsdom */
import './polyfills';
import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { DEFAULT_BANDS } from '../../src/engine/settings';
import type { Status } from '../../src/engine/result';
import { bandColor, NominationBadge, StatusBadge } from '../../src/taskpane/components/badges';

describe('badges carry text, not colour only', () => {
  test('criterion statuses in both languages', () => {
    const statuses: Status[] = ['exceeded', 'met', 'below', 'missing', 'excluded'];
    render(
      <FluentProvider theme={webLightTheme}>
        {statuses.map((s) => (
          <StatusBadge key={`vi-${s}`} result={{ status: s, basis: { kind: 'noTarget', zero: false } }} lang="vi" />
        ))}
        {statuses.map((s) => (
          <StatusBadge key={`en-${s}`} result={{ status: s, basis: { kind: 'noTarget', zero: false } }} lang="en" />
        ))}
        <StatusBadge result={{ status: 'excluded', basis: { kind: 'missing', policy: 'exclude' } }} lang="vi" />
        <NominationBadge status="vote" lang="vi" />
        <NominationBadge status="nominated" lang="en" />
      </FluentProvider>,
    );
    for (const text of ['Vượt', 'Đạt', 'Chưa đạt', 'Thiếu số liệu', 'Không giao chỉ tiêu', 'Thiếu số liệu (không tính)', 'Exceeded', 'Met', 'Below', 'Missing data', 'Not assigned'])
      expect(screen.getByText(text)).toBeTruthy();
    expect(screen.getByText('Cần bình xét')).toBeTruthy();
    expect(screen.getByText('Proposed')).toBeTruthy();
  });

  test('classification colours follow the bands: best green, last of three or more red, unknown neutral', () => {
    expect(DEFAULT_BANDS.map((b) => bandColor(b.name, DEFAULT_BANDS))).toEqual(['success', 'brand', 'informative', 'warning', 'danger']);
    const custom = [
      { name: 'Hoàn thành tốt', min: 0 },
      { name: 'Hoàn thành xuất sắc', min: 95 },
    ];
    expect(bandColor('Hoàn thành xuất sắc', custom)).toBe('success');
    expect(bandColor('Hoàn thành tốt', custom)).toBe('brand');
    expect(bandColor('Không rõ', custom)).toBe('subtle');
  });
});
