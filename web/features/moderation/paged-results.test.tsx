import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ApiError } from '../../lib/api-client.ts';
import { PagedResults } from './paged-results.tsx';

type Page = { items: string[]; total: number };

function renderList(props: Partial<Parameters<typeof PagedResults<Page>>[0]> = {}) {
  const onOffset = vi.fn();
  const onRetry = vi.fn();
  render(
    <PagedResults<Page>
      page={{ items: ['River club'], total: 120 }}
      loading={false}
      error={undefined}
      onRetry={onRetry}
      count={(p) => `${p.total} found`}
      offset={50}
      pageSize={50}
      onOffset={onOffset}
      previousLabel="Previous"
      nextLabel="Next"
      {...props}
    >
      {(p) => (
        <ul>
          {p.items.map((i) => (
            <li key={i}>{i}</li>
          ))}
        </ul>
      )}
    </PagedResults>,
  );
  return { onOffset, onRetry };
}

describe('Paged staff list', () => {
  it('announces the count, shows the rows and moves a page at a time', async () => {
    const { onOffset } = renderList({ showRange: true });
    expect(screen.getByRole('status')).toHaveTextContent('120 found');
    expect(screen.getByRole('listitem')).toHaveTextContent('River club');
    const pager = screen.getByRole('navigation', { name: 'Pages' });
    expect(pager).toHaveTextContent('51–100 of 120');
    await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(onOffset.mock.calls).toEqual([[0], [100]]);
  });

  it('cannot go before the first page or past the last, and shows no range unless asked', () => {
    renderList({ offset: 0, page: { items: [], total: 40 } });
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(screen.getByRole('navigation', { name: 'Pages' })).not.toHaveTextContent('of 40');
  });

  it('says what went wrong with a way to try again, and nothing else before a first answer', async () => {
    const { onRetry } = renderList({
      page: undefined,
      error: new ApiError(403, 'Forbidden', 'Not for you.'),
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Not for you.');
    expect(screen.queryByRole('navigation')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});
