// The console greys out what the hub would refuse; it must never offer what the hub refuses.
import { describe, expect, it } from 'vitest';
import { TRANSITIONS } from '../../server/src/queue/transitions.js';
import { ACTIONS, CALL_NEXT_CODES, isLegal } from '../src/renderer/actions.js';

describe('console actions', () => {
  it('offers each action only from statuses the hub accepts', () => {
    for (const action of ACTIONS) {
      for (const status of action.from) expect(TRANSITIONS[action.name].from, `${action.name} from ${status}`).toContain(status);
    }
  });

  it('gives every key to one action only', () => {
    const codes = [...CALL_NEXT_CODES, ...ACTIONS.flatMap((a) => a.codes)];
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('knows the common cases', () => {
    expect(isLegal('start', 'called')).toBe(true);
    expect(isLegal('start', 'serving')).toBe(false);
    expect(isLegal('hold', 'serving')).toBe(true);
    expect(isLegal('no-show', 'serving')).toBe(false);
    expect(isLegal('complete', null)).toBe(false);
  });
});
