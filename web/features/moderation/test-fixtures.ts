import type { StaffEntry } from '../../../contract/moderation.ts';

/** A signed-in staff session as `/api/auth/me` and sign-in answer it (jsdom tests only). */
export const staffSession = (role: 'admin' | 'moderator', email = `${role}@example.org`) => ({
  user: { id: 1, email, name: null, role },
  csrfToken: 'token-123',
  expiresAt: '2030-01-01T00:00:00Z',
  idleTimeoutSeconds: 1800,
});

/** A pending submission with a flagged phone number and a private contact. */
export const ENTRY: StaffEntry = {
  id: 5,
  slug: 'river-club',
  title: 'River club',
  summary: 'We clean the river. Call 0712 345 678 to join us every Saturday morning.',
  country: 'KE',
  countryName: 'Kenya',
  locality: null,
  lat: null,
  lon: null,
  year: null,
  organization: null,
  link: null,
  quote: null,
  quoteBy: null,
  sourceUrl: null,
  sourceTitle: null,
  themes: ['climate'],
  actions: ['awareness'],
  status: 'pending',
  origin: 'submission',
  version: 3,
  reference: 'ABC-DEF',
  rejectReason: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  publishedAt: null,
  contactEmail: 'teacher@school.example',
  submission: null,
  flags: [{ field: 'summary', kind: 'phone', match: '0712 345 678' }],
  concerns: [],
  history: [],
};
