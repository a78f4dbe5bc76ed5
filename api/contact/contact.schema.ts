import { z } from '@hono/zod-openapi';

/** The office's public website: where people are sent when no contact is configured. */
export const OFFICE_WEBSITE = 'https://violenceagainstchildren.un.org/';

export const contactSchema = z
  .object({
    email: z.email().nullable().openapi({ description: 'Contact e-mail set by the operator' }),
    url: z.url().nullable().openapi({ description: 'Contact page set by the operator' }),
    officeWebsite: z.url().openapi({ description: "The office's public website" }),
  })
  .openapi('Contact');
export type Contact = z.infer<typeof contactSchema>;
