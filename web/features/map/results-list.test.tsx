import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useExplorer } from '../../stores/explorer-store.ts';
import { EMPTY_FILTERS } from '../../stores/filters.ts';
import { PAGE_SIZE, ResultsList } from './results-list.tsx';
import { makeItem, META } from '../../../tests/helpers/web-fixtures.ts';

const items = [
  makeItem({ slug: 'first-entry', title: 'First entry' }),
  makeItem({
    slug: 'second-entry',
    title: 'Second entry',
    approximate: true,
    locality: null,
  }),
];

beforeEach(() =>
  useExplorer.setState({
    filters: EMPTY_FILTERS,
    hovered: null,
    selected: null,
    onlyVisible: false,
  }),
);

function renderList(over: Partial<Parameters<typeof ResultsList>[0]> = {}) {
  const onShowOnMap = vi.fn();
  render(
    <ResultsList
      items={items}
      meta={META}
      totalMatching={items.length}
      onlyVisibleActive={false}
      onShowOnMap={onShowOnMap}
      {...over}
    />,
  );
  return { onShowOnMap };
}

describe('list beside the map', () => {
  it('links every entry to its page and says where it is', () => {
    renderList();
    expect(screen.getByRole('link', { name: 'First entry' })).toHaveAttribute(
      'href',
      '/initiatives/first-entry',
    );
    expect(screen.getByText(/Showing 2 of 2/)).toBeInTheDocument();
    const second = screen.getByRole('link', { name: 'Second entry' }).closest('li') as HTMLElement;
    expect(within(second).getByText(/place approximate/)).toBeInTheDocument();
  });

  it('hovering or focusing an entry highlights its point; leaving clears it', async () => {
    const user = userEvent.setup();
    renderList();
    const first = screen.getByRole('link', { name: 'First entry' }).closest('li') as HTMLElement;
    fireEvent.mouseEnter(first);
    expect(useExplorer.getState().hovered).toBe('first-entry');
    fireEvent.mouseLeave(first.parentElement as HTMLElement);
    expect(useExplorer.getState().hovered).toBeNull();
    await user.tab();
    expect(useExplorer.getState().hovered).toBe('first-entry');
  });

  it('marks the entry whose point is hovered on the map', () => {
    useExplorer.setState({ hovered: 'second-entry' });
    renderList();
    const second = screen.getByRole('link', { name: 'Second entry' }).closest('li');
    expect(second).toHaveClass('is-hovered');
  });

  it('"Show on map" asks the map to open that initiative', async () => {
    const user = userEvent.setup();
    const { onShowOnMap } = renderList();
    await user.click(screen.getByRole('button', { name: 'Show on map: Second entry' }));
    expect(onShowOnMap).toHaveBeenCalledWith('second-entry', expect.any(HTMLElement));
  });

  it('every button is named by its visible text first, for voice control (WCAG 2.5.3)', () => {
    renderList();
    for (const button of screen.getAllByRole('button')) {
      const name = button.getAttribute('aria-label') ?? button.textContent ?? '';
      expect(name.startsWith(button.textContent ?? '')).toBe(true);
    }
  });

  it('shows entries in pages', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: PAGE_SIZE + 5 }, (_, i) =>
      makeItem({ slug: `entry-${i}`, title: `Entry ${i}` }),
    );
    renderList({ items: many, totalMatching: many.length });
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(PAGE_SIZE);
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(PAGE_SIZE + 5);
  });

  it('tells the visitor what to do when nothing matches', async () => {
    const user = userEvent.setup();
    useExplorer.setState({ filters: { ...EMPTY_FILTERS, theme: ['climate'] } });
    renderList({ items: [], totalMatching: 0 });
    expect(screen.getByText('No initiatives match these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(useExplorer.getState().filters).toEqual(EMPTY_FILTERS);
  });

  it('explains an empty list caused by "only what is visible"', () => {
    renderList({ items: [], totalMatching: 2, onlyVisibleActive: true });
    expect(
      screen.getByText('No matching initiatives in this part of the map.'),
    ).toBeInTheDocument();
  });
});
