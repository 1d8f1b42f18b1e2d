import { describe, expect, it } from 'vitest';

import { COUNTER_ACTIONS, FIELD_SHORTCUTS, isShortcut } from './counter-actions';

const press = (key: string, target: Partial<HTMLElement> = { tagName: 'BODY' }, modifiers: Partial<KeyboardEvent> = {}) => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  target: target as EventTarget,
  ...modifiers,
});

describe('counter desk shortcuts', () => {
  it('gives every move its own letter, none taken twice', () => {
    const keys = [...COUNTER_ACTIONS.map((action) => action.key), ...Object.keys(FIELD_SHORTCUTS)];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('acts on a letter pressed outside a field, never while typing or with a modifier', () => {
    expect(isShortcut(press('n'))).toBe(true);
    expect(isShortcut(press('n', { tagName: 'INPUT' }))).toBe(false);
    expect(isShortcut(press('n', { tagName: 'SELECT' }))).toBe(false);
    expect(isShortcut(press('r', { tagName: 'BODY' }, { ctrlKey: true }))).toBe(false);
  });
});
