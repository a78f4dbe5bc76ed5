import { describe, expect, it, vi } from 'vitest';
import { whenMapUpdated, type IdleMap } from './map-updated.ts';

/** A stand-in map: frames run when asked for, and each ends with `idle` when all is loaded. */
function fakeMap(state: { loaded: boolean; moving?: boolean; framePending?: boolean }) {
  const idle: (() => void)[] = [];
  let framePending = state.framePending ?? false;
  const map = {
    loaded: () => state.loaded,
    isMoving: () => state.moving ?? false,
    once: (_type: string, fn: () => void) => {
      idle.push(fn);
      return map;
    },
    triggerRepaint: () => {
      framePending = true;
    },
  };
  const frame = () => {
    if (!framePending) return;
    framePending = false;
    if (state.loaded && !state.moving) idle.splice(0).forEach((fn) => fn());
  };
  return { map: map as unknown as IdleMap, frame };
}

describe('map updated', () => {
  it('is at once when the map already shows everything', () => {
    const { map } = fakeMap({ loaded: true });
    const done = vi.fn();
    whenMapUpdated(map, false, done);
    expect(done).toHaveBeenCalledOnce();
  });

  it('waits for the frame that shows a change', () => {
    const { map, frame } = fakeMap({ loaded: true, framePending: true });
    const done = vi.fn();
    whenMapUpdated(map, true, done);
    expect(done).not.toHaveBeenCalled();
    frame();
    expect(done).toHaveBeenCalledOnce();
  });

  it('still comes when no frame was pending (the map was already idle)', () => {
    // Seen under load: the change had been drawn, the map sat idle and nothing came.
    const state = { loaded: false };
    const { map, frame } = fakeMap(state);
    const done = vi.fn();
    whenMapUpdated(map, false, done);
    state.loaded = true; // the last tiles arrived; their frame had already run
    frame();
    expect(done).toHaveBeenCalledOnce();
  });
});
