import type { DeploymentProblemCode } from './problem-messages';
import type { PathSegment } from './yaml-source';

interface SiteTimes {
  hours: Partial<Record<string, Array<{ from: string; to: string }>>>;
  breaks: Array<{ days: string[]; from: string; to: string }>;
  ticketCutoff: Partial<Record<string, string>>;
}

export interface RuleProblem {
  path: PathSegment[];
  code: DeploymentProblemCode;
  message: string;
}

/**
 * A break lies inside the opening hours of each of its days, and a ticket cut-off falls
 * while the site is open that day: a break at 19:00 or a cut-off after closing is a typo
 * that would otherwise go live silently (HH:MM strings compare in time order).
 */
export function siteTimeProblems(site: SiteTimes, sitePath: PathSegment[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const describe = (ranges: Array<{ from: string; to: string }>) => ranges.map((range) => `${range.from}–${range.to}`).join(', ');
  site.breaks.forEach((pause, index) => {
    for (const day of pause.days) {
      const open = site.hours[day] ?? [];
      if (open.length === 0) {
        problems.push({
          path: [...sitePath, 'breaks', index, 'days'],
          code: 'BREAK_OUTSIDE_HOURS',
          message: `the break ${pause.from}–${pause.to} is on ${day}, when the site is closed`,
        });
      } else if (!open.some((range) => range.from <= pause.from && pause.to <= range.to)) {
        problems.push({
          path: [...sitePath, 'breaks', index, 'from'],
          code: 'BREAK_OUTSIDE_HOURS',
          message: `the break ${pause.from}–${pause.to} on ${day} is not inside the opening hours (${describe(open)})`,
        });
      }
    }
  });
  for (const [day, cutoff] of Object.entries(site.ticketCutoff)) {
    if (cutoff === undefined) continue;
    const open = site.hours[day] ?? [];
    if (open.length === 0) {
      problems.push({
        path: [...sitePath, 'ticketCutoff', day],
        code: 'CUTOFF_OUTSIDE_HOURS',
        message: `a cut-off on ${day}, when the site is closed`,
      });
      continue;
    }
    const opens = open.reduce((first, range) => (range.from < first ? range.from : first), open[0].from);
    const closes = open.reduce((last, range) => (range.to > last ? range.to : last), open[0].to);
    if (cutoff > closes || cutoff <= opens) {
      problems.push({
        path: [...sitePath, 'ticketCutoff', day],
        code: 'CUTOFF_OUTSIDE_HOURS',
        message: `the ticket cut-off ${cutoff} on ${day} is ${cutoff > closes ? `after closing (${closes})` : `not after opening (${opens})`}`,
      });
    }
  }
  return problems;
}

/** What `mpp init` writes for the team to replace; a file is not valid while any is left. */
export const PLACEHOLDER = 'FILL IN';

export function placeholderProblems(value: unknown, path: PathSegment[] = []): RuleProblem[] {
  if (typeof value === 'string') {
    return value.trim().toUpperCase().startsWith(PLACEHOLDER)
      ? [
          {
            path,
            code: 'PLACEHOLDER_LEFT',
            message: `still holds the placeholder "${value}" written by mpp init: replace it with the real value`,
          },
        ]
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholderProblems(item, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => placeholderProblems(item, [...path, key]));
  }
  return [];
}
