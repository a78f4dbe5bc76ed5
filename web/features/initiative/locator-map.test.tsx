import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LocatorMap } from './locator-map.tsx';

describe('locator map', () => {
  it('draws a country whose neighbours share a code (Somalia and Somaliland) without a React warning', () => {
    // Nairobi: the window holds Somalia and Somaliland, both drawn as SO (decision 011).
    render(<LocatorMap lon={36.82} lat={-1.28} country="KE" label="Kenya" approximate={false} />);
    const map = screen.getByRole('img', { name: /Kenya/ });
    expect(map.querySelectorAll('path').length).toBeGreaterThan(5);
  });
});
