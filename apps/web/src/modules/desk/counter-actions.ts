/** The counter's one-tap moves, each with its keyboard shortcut (a single letter, no modifier). */
export const COUNTER_ACTIONS = [
  { key: 'n', action: 'call-next', label: 'desk.callNext' },
  { key: 'r', action: 'recall', label: 'desk.recall' },
  { key: 's', action: 'start', label: 'desk.start' },
  { key: 'h', action: 'hold', label: 'desk.hold' },
  { key: 'l', action: 'skip', label: 'desk.skip' },
  { key: 'f', action: 'finish', label: 'desk.finish' },
] as const;

export type CounterAction = (typeof COUNTER_ACTIONS)[number]['action'];

/** Shortcuts that move the focus to a field: transfer (t) and call a number (p). */
export const FIELD_SHORTCUTS = { t: 'desk-transfer', p: 'desk-call-number' } as const;

/** Whether a key press is a shortcut: not typed into a field, no modifier held. */
export function isShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'target'>): boolean {
  if (event.ctrlKey || event.altKey || event.metaKey) return false;
  const target = event.target as HTMLElement | null;
  const tag = target?.tagName;
  return !(tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || target?.isContentEditable);
}
