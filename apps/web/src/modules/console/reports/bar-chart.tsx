import { useId } from 'react';

import { formatFigure } from '../../../shared/format';

export interface ChartSeries {
  name: string;
  values: (number | null)[];
  /** A modifier of `.chart__bar` that gives the series its colour and pattern. */
  tone: 'a' | 'b' | 'c';
}

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 12, right: 8, bottom: 28, left: 40 };

/** A round upper bound for the axis: 1, 2 or 5 times a power of ten. */
export function axisMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) as number) * power;
}

/**
 * Grouped bars drawn as SVG by our own code (no library, nothing fetched), and beside them a
 * table of the same numbers: the chart is a picture of the table, which screen readers read.
 */
export function BarChart({
  title,
  categoryLabel,
  categories,
  series,
  format = formatFigure,
}: {
  title: string;
  categoryLabel: string;
  categories: string[];
  series: ChartSeries[];
  format?: (value: number) => string;
}) {
  const id = useId();
  const max = axisMax(Math.max(0, ...series.flatMap((item) => item.values.map((value) => value ?? 0))));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const band = plotWidth / Math.max(1, categories.length);
  const bar = (band * 0.8) / Math.max(1, series.length);
  const y = (value: number) => PAD.top + plotHeight - (value / max) * plotHeight;
  // Label every category when they fit, else about twelve of them.
  const labelEvery = Math.max(1, Math.ceil(categories.length / 12));
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <div className="chart__body">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="chart__svg" aria-hidden="true" focusable="false">
          {[0, 0.5, 1].map((step) => (
            <g key={step}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(max * step)} y2={y(max * step)} className="chart__grid" />
              <text x={PAD.left - 4} y={y(max * step) + 4} textAnchor="end" className="chart__tick">
                {format(max * step)}
              </text>
            </g>
          ))}
          {categories.map((category, index) => (
            <g key={category}>
              {series.map((item, position) => {
                const value = item.values[index] ?? 0;
                return (
                  <rect
                    key={item.name}
                    className={`chart__bar chart__bar--${item.tone}`}
                    x={PAD.left + index * band + band * 0.1 + position * bar}
                    y={y(value)}
                    width={Math.max(1, bar - 1)}
                    height={PAD.top + plotHeight - y(value)}
                  />
                );
              })}
              {index % labelEvery === 0 && (
                <text x={PAD.left + index * band + band / 2} y={HEIGHT - 8} textAnchor="middle" className="chart__tick">
                  {category}
                </text>
              )}
            </g>
          ))}
        </svg>
        <ul className="chart__legend" aria-hidden="true">
          {series.map((item) => (
            <li key={item.name}>
              <span className={`chart__swatch chart__bar--${item.tone}`} /> {item.name}
            </li>
          ))}
        </ul>
      </div>
      {/* Scrolls on its own when long: focusable so a keyboard can scroll it. */}
      <div className="chart__table" role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
        <table className="console-table" aria-labelledby={`${id}-title`}>
          <thead>
            <tr>
              <th scope="col">{categoryLabel}</th>
              {series.map((item) => (
                <th key={item.name} scope="col">
                  {item.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {categories.map((category, index) => (
              <tr key={category}>
                <th scope="row">{category}</th>
                {series.map((item) => (
                  <td key={item.name}>{item.values[index] === null ? '–' : format(item.values[index] as number)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
