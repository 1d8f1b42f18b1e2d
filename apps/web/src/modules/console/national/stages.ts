/** The rollout stages in order, with the colour each has on the map and the chart (distinct also in greyscale). */
export const STAGES = [
  { key: 'no_plan', color: '#b1b4b6' },
  { key: 'planned', color: '#f4a300' },
  { key: 'rintisan', color: '#1d70b8' },
  { key: 'operational', color: '#00703c' },
  { key: 'inaugurated', color: '#4c2c92' },
] as const;

export type StageKey = (typeof STAGES)[number]['key'];

export const STAGE_COLOR: Record<StageKey, string> = Object.fromEntries(STAGES.map((stage) => [stage.key, stage.color])) as Record<
  StageKey,
  string
>;
