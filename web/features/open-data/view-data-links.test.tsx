import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../stores/filters.ts';
import { ViewDataLinks } from './view-data-links.tsx';

const VIEW = { ...EMPTY_FILTERS, theme: ['climate', 'bullying'], country: ['KE'], yearFrom: 2015 };

describe('Use this view', () => {
  it('links the CSV, GeoJSON and feed of exactly the filters shown', () => {
    render(<ViewDataLinks filters={VIEW} count={12} />);
    const query = '?theme=climate,bullying&country=KE&yearFrom=2015';
    expect(screen.getByText('The 12 initiatives shown with these filters:')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download CSV (spreadsheet)' })).toHaveAttribute(
      'href',
      `/api/initiatives.csv${query}`,
    );
    expect(screen.getByRole('link', { name: 'Download GeoJSON (for maps)' })).toHaveAttribute(
      'href',
      `/api/initiatives.geojson${query}`,
    );
    expect(
      screen.getByRole('link', { name: 'Follow new initiatives (Atom feed)' }),
    ).toHaveAttribute('href', `/api/initiatives.atom${query}`);
  });

  it('links every initiative when no filter is chosen', () => {
    render(<ViewDataLinks filters={EMPTY_FILTERS} count={424} />);
    expect(screen.getByRole('link', { name: 'Download CSV (spreadsheet)' })).toHaveAttribute(
      'href',
      '/api/initiatives.csv',
    );
  });

  it('gives the iframe code of the view, with the height chosen', async () => {
    const user = userEvent.setup();
    render(<ViewDataLinks filters={VIEW} count={12} />);
    await user.click(screen.getByRole('button', { name: 'Embed this map' }));
    const dialog = await screen.findByRole('dialog', { name: 'Embed this map on your site' });
    const code = screen.getByLabelText('Code to copy');
    expect(code).toHaveValue(
      `<iframe src="${location.origin}/embed?theme=climate,bullying&amp;country=KE&amp;yearFrom=2015" ` +
        'title="Participation Map: child-led initiatives to end violence" width="100%" ' +
        'height="560" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
    const height = screen.getByLabelText('Height in pixels');
    await user.clear(height);
    await user.type(height, '400');
    expect((code as HTMLTextAreaElement).value).toContain('height="400"');
    expect(screen.getByLabelText('Language')).toHaveDisplayValue('English');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(dialog).not.toBeInTheDocument();
  });
});
