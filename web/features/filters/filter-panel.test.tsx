import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useExplorer } from '../../stores/explorer-store.ts';
import { EMPTY_FILTERS } from '../../stores/filters.ts';
import { FACETS, META } from '../../../tests/helpers/web-fixtures.ts';
import { ActiveFilters } from './active-filters.tsx';
import { FilterPanel } from './filter-panel.tsx';

beforeEach(() => useExplorer.setState({ filters: EMPTY_FILTERS }));

describe('filter panel', () => {
  it('shows the live count beside each option', () => {
    render(<FilterPanel meta={META} facets={FACETS} />);
    expect(
      screen.getByRole('checkbox', { name: /Climate change and environment \(2\)/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: /Gender-based violence \(1\)/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: /Communicating and raising awareness \(0\)/ }),
    ).toBeInTheDocument();
    const region = screen.getByRole('combobox', { name: 'Region' });
    expect(within(region).getByRole('option', { name: 'Africa (2)' })).toBeInTheDocument();
  });

  it('updates the store when a theme is ticked, and clears everything with one click', async () => {
    const user = userEvent.setup();
    render(<FilterPanel meta={META} facets={FACETS} />);
    const reset = screen.getByRole('button', { name: 'Clear all filters' });
    expect(reset).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /Climate change/ }));
    expect(useExplorer.getState().filters.theme).toEqual(['climate']);
    expect(screen.getByRole('checkbox', { name: /Climate change/ })).toBeChecked();
    await user.click(reset);
    expect(useExplorer.getState().filters).toEqual(EMPTY_FILTERS);
  });

  it('offers only the chosen region’s sub-regions and countries', async () => {
    const user = userEvent.setup();
    render(<FilterPanel meta={META} facets={FACETS} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'africa');
    expect(useExplorer.getState().filters.region).toEqual(['africa']);
    const country = screen.getByRole('combobox', { name: 'Country' });
    expect(within(country).queryByRole('option', { name: /France/ })).toBeNull();
    await user.selectOptions(country, 'KE');
    expect(useExplorer.getState().filters.country).toEqual(['KE']);
  });

  it('keeps the year range in order', async () => {
    const user = userEvent.setup();
    render(<FilterPanel meta={META} facets={FACETS} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'To' }), '2016');
    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), '2019');
    const f = useExplorer.getState().filters;
    expect([f.yearFrom, f.yearTo]).toEqual([2019, 2019]);
  });

  it('commits the search after a pause in typing, and at once on Enter', async () => {
    const user = userEvent.setup();
    render(<FilterPanel meta={META} facets={FACETS} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'peace{Enter}');
    expect(useExplorer.getState().filters.q).toBe('peace');
  });

  it('lists active filters as chips that remove one filter each', async () => {
    const user = userEvent.setup();
    useExplorer.setState({
      filters: { ...EMPTY_FILTERS, theme: ['climate', 'gender'], q: 'clubs' },
    });
    render(<ActiveFilters meta={META} />);
    await user.click(screen.getByRole('button', { name: 'Remove filter: Gender-based violence' }));
    expect(useExplorer.getState().filters.theme).toEqual(['climate']);
    await user.click(screen.getByRole('button', { name: 'Remove filter: Search: “clubs”' }));
    expect(useExplorer.getState().filters.q).toBe('');
  });
});
