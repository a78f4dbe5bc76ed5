import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Loading } from './loading.tsx';

describe('Loading', () => {
  it('announces its words with a turning spinner', () => {
    const { container } = render(<Loading label="Loading the page…" />);
    expect(screen.getByRole('status').textContent).toBe('Loading the page…');
    expect(container.querySelectorAll('.spinner')).toHaveLength(1);
  });

  it('still: announces the same words, without the spinner', () => {
    const { container } = render(<Loading label="Loading the map…" still />);
    expect(screen.getByRole('status').textContent).toBe('Loading the map…');
    expect(container.querySelectorAll('.spinner')).toHaveLength(0);
  });
});
