import { useId } from 'react';

export interface BarCategory {
  key: string;
  label: string;
  color: string;
}

export interface BarGroup {
  label: string;
  values: Record<string, number>;
}

/**
 * A stacked bar chart in plain SVG (no chart library for a few dozen rectangles): one bar per
 * group, a segment per category, a legend, and the same numbers in a table for screen readers
 * and for anyone who wants the exact figures.
 */
export function StackedBars({
  title,
  categories,
  groups,
  tableCaption,
}: {
  title: string;
  categories: readonly BarCategory[];
  groups: readonly BarGroup[];
  tableCaption: string;
}) {
  const id = useId();
  const width = 720;
  const height = 220;
  const bottom = 24;
  const max = Math.max(1, ...groups.map((group) => categories.reduce((sum, category) => sum + (group.values[category.key] ?? 0), 0)));
  const slot = width / Math.max(1, groups.length);
  const barWidth = Math.max(4, slot * 0.7);
  return (
    <figure className="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`} className="chart__svg">
        {groups.map((group, index) => {
          let y = height - bottom;
          return (
            <g key={group.label} transform={`translate(${index * slot + (slot - barWidth) / 2},0)`}>
              {categories.map((category) => {
                const value = group.values[category.key] ?? 0;
                const h = ((height - bottom - 8) * value) / max;
                y -= h;
                return (
                  <rect key={category.key} x={0} y={y} width={barWidth} height={h} fill={category.color}>
                    <title>{`${group.label} · ${category.label}: ${value}`}</title>
                  </rect>
                );
              })}
              {(groups.length <= 12 || index % 3 === 0) && (
                <text x={barWidth / 2} y={height - 6} textAnchor="middle" fontSize="11">
                  {group.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ul className="chart__legend">
        {categories.map((category) => (
          <li key={category.key}>
            <span className="chart__swatch" style={{ background: category.color }} aria-hidden="true" />
            {category.label}
          </li>
        ))}
      </ul>
      <details>
        <summary>{tableCaption}</summary>
        <table className="console-table">
          <thead>
            <tr>
              <th scope="col">{tableCaption}</th>
              {categories.map((category) => (
                <th key={category.key} scope="col">
                  {category.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.label}>
                <th scope="row">{group.label}</th>
                {categories.map((category) => (
                  <td key={category.key}>{group.values[category.key] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
