import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAP_WAIT_MS, registerWhenStarted } from './service-worker-start.ts';

const EVENT = 'test:map-updated';

beforeEach(() => {
  // Timers only: the page's performance marks stay real.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  performance.clearMarks(EVENT);
});

afterEach(() => {
  vi.useRealTimers();
  performance.clearMarks(EVENT);
});

function start(liveMap: boolean | (() => boolean)) {
  const register = vi.fn();
  const started = typeof liveMap === 'function' ? liveMap : () => liveMap;
  registerWhenStarted({ liveMap: started, mapUpdated: EVENT, register });
  return register;
}

describe('registerWhenStarted (the service worker after the page has started)', () => {
  it('registers at the next idle moment when the page has no live map', () => {
    const register = start(false);
    expect(register).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(register).toHaveBeenCalledTimes(1);
  });

  it("waits for the live map's first update, then registers once", () => {
    const register = start(true);
    vi.advanceTimersByTime(MAP_WAIT_MS - 1);
    expect(register).not.toHaveBeenCalled();
    window.dispatchEvent(new Event(EVENT));
    vi.advanceTimersByTime(10);
    window.dispatchEvent(new Event(EVENT));
    vi.runAllTimers();
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('waits for a live map started after load, before the first idle moment', () => {
    let started = false;
    const register = start(() => started);
    started = true;
    vi.advanceTimersByTime(MAP_WAIT_MS - 1);
    expect(register).not.toHaveBeenCalled();
    window.dispatchEvent(new Event(EVENT));
    vi.runAllTimers();
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('registers at once when the map has already updated', () => {
    performance.mark(EVENT);
    const register = start(true);
    vi.advanceTimersByTime(10);
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('does not wait for a map that never draws for longer than MAP_WAIT_MS', () => {
    const register = start(true);
    vi.advanceTimersByTime(MAP_WAIT_MS + 10);
    expect(register).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event(EVENT));
    vi.runAllTimers();
    expect(register).toHaveBeenCalledTimes(1);
  });
});
