import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useExplorer } from '../../stores/explorer-store.ts';
import { EMPTY_FILTERS } from '../../stores/filters.ts';
import { ExplorerHeadline } from './explorer-headline.tsx';
import { MapLegend } from './map-legend.tsx';
import { META } from '../../../tests/helpers/web-fixtures.ts';

beforeEach(() => useExplorer.setState({ filters: EMPTY_FILTERS }));
afterEach(() => vi.unstubAllGlobals());

describe('the headline above the map', () => {
  it('counts initiatives and countries', () => {
    render(<ExplorerHeadline counts={{ total: 12, countries: 5 }} />);
    expect(screen.getByRole('status')).toHaveTextContent('12 initiatives in 5 countries');
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).toBeNull();
  });

  it('says "No initiatives match" after an empty search, and offers to clear the filters', async () => {
    const user = userEvent.setup();
    useExplorer.setState({ filters: { ...EMPTY_FILTERS, q: 'nothing like this' } });
    render(<ExplorerHeadline counts={{ total: 0, countries: 0 }} />);
    expect(screen.getByRole('status')).toHaveTextContent('No initiatives match');
    expect(screen.queryByText(/0 initiatives in 0 countries/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(useExplorer.getState().filters).toEqual(EMPTY_FILTERS);
  });
});

describe('the map legend', () => {
  const media = (wide: boolean) =>
    vi.stubGlobal(
      'matchMedia',
      vi.fn((query: string) => ({
        matches: wide && query.includes('min-width'),
        media: query,
        addEventListener: () => {},
        removeEventListener: () => {},
      })),
    );

  it('shows the point colours open on a wide screen', () => {
    media(true);
    render(<MapLegend steps={[]} meta={META} />);
    expect(screen.getByText('Point colours: main theme').closest('details')).toHaveAttribute(
      'open',
    );
  });

  it('keeps them folded on a phone', () => {
    media(false);
    render(<MapLegend steps={[]} meta={META} />);
    expect(screen.getByText('Point colours: main theme').closest('details')).not.toHaveAttribute(
      'open',
    );
  });
});
