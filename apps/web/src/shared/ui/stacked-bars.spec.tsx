import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { StackedBars } from './stacked-bars';

const categories = [
  { key: 'planned', label: 'Direncanakan', color: '#f4a300' },
  { key: 'operational', label: 'Beroperasi', color: '#00703c' },
];

describe('StackedBars', () => {
  it('draws a segment per category and month, scaled to the tallest bar, with the same numbers in a table', () => {
    const { container } = render(
      <StackedBars
        title="Kemajuan penerapan"
        tableCaption="Bulan"
        categories={categories}
        groups={[
          { label: '2026-01', values: { planned: 3, operational: 1 } },
          { label: '2026-02', values: { planned: 1, operational: 1 } },
        ]}
      />,
    );
    expect(screen.getByRole('img', { name: 'Kemajuan penerapan' })).toBeTruthy();
    const heights = [...container.querySelectorAll('rect')].map((rect) => Number(rect.getAttribute('height')));
    expect(heights).toHaveLength(4);
    // January (4 regions) is the full height; February (2) half of it.
    expect(heights[0] + heights[1]).toBeCloseTo(2 * (heights[2] + heights[3]));
    const row = screen.getByRole('row', { name: /2026-01/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['3', '1']);
    expect(screen.getByText('Beroperasi', { selector: 'li' })).toBeTruthy();
  });
});
