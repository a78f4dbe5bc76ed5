import { afterEach, describe, expect, it, vi } from 'vitest';
import { liveMapAtOnce, liveMapBySetting, rememberLiveMap } from './map-start.ts';

function screen(phone: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: phone && query.includes('max-width'),
    media: query,
  }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
  Object.defineProperty(navigator, 'connection', { value: undefined, configurable: true });
});

describe('when the live map starts', () => {
  it('starts at once on a wide screen, and waits on a phone', () => {
    screen(false);
    expect(liveMapAtOnce()).toBe(true);
    expect(liveMapBySetting()).toBe(true);
    screen(true);
    expect(liveMapAtOnce()).toBe(false);
    expect(liveMapBySetting()).toBe(false);
  });

  it("on a phone, the setting alone never reads the session (the app's first task asks it)", () => {
    screen(true);
    rememberLiveMap();
    const read = vi.spyOn(Storage.prototype, 'getItem');
    expect(liveMapBySetting()).toBe(false);
    expect(read).not.toHaveBeenCalled();
    expect(liveMapAtOnce()).toBe(true);
    read.mockRestore();
  });

  it('waits on a wide screen too when the browser asks to save data', () => {
    screen(false);
    Object.defineProperty(navigator, 'connection', {
      value: { saveData: true },
      configurable: true,
    });
    expect(liveMapAtOnce()).toBe(false);
  });

  it('starts at once for the rest of the session once the visitor has opened it', () => {
    screen(true);
    rememberLiveMap();
    expect(liveMapAtOnce()).toBe(true);
  });

  it('decides by the screen alone when storage is refused', () => {
    screen(true);
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(liveMapAtOnce()).toBe(false);
    vi.restoreAllMocks();
  });
});
