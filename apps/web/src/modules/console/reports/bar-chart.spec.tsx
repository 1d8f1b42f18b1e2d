import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { axisMax, BarChart } from './bar-chart';

describe('BarChart', () => {
  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 12, 0.4, 480].map(axisMax)).toEqual([1, 1, 5, 10, 20, 0.5, 500]);
  });

  it('draws a bar per series and category, the tallest to the axis top, and names a table of the same figures after the chart', () => {
    const { container } = render(
      <BarChart
        title="Tiket per jam"
        categoryLabel="Jam"
        categories={['08:00', '09:00']}
        series={[
          { name: 'Tiket', tone: 'a', values: [4, 10] },
          { name: 'Dilayani', tone: 'b', values: [3, null] },
        ]}
      />,
    );
    const bars = [...container.querySelectorAll('rect.chart__bar')];
    expect(bars).toHaveLength(4);
    expect(Math.max(...bars.map((bar) => Number(bar.getAttribute('height'))))).toBe(180);
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');

    const table = screen.getByRole('table', { name: 'Tiket per jam' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Jam', 'Tiket', 'Dilayani']);
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['JamTiketDilayani', '08:0043', '09:0010–']);
    expect(screen.getByRole('figure', { name: 'Tiket per jam' })).toBeTruthy();
  });
});
