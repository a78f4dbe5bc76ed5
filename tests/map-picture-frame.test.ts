import { describe, expect, it } from 'vitest';
import { PICTURE_VIEW } from '../api/initiatives/map-picture.ts';
import { WORLD_VIEW } from '../web/features/map/focus.ts';

describe('the still picture of the map', () => {
  it('is framed on the live map’s first view, so starting the map does not move the world', () => {
    expect([...PICTURE_VIEW]).toEqual(WORLD_VIEW);
  });
});
