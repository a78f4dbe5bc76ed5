import { z } from 'zod';

export const placeSchema = z.object({
  name: z.string(),
  country: z.string().describe('ISO 3166-1 alpha-2'),
  population: z.number().int(),
  lat: z.number().describe('The town’s point, rounded to 2 decimals'),
  lon: z.number().describe('The town’s point, rounded to 2 decimals'),
});
export type Place = z.infer<typeof placeSchema>;

export const placesSchema = z.object({ items: z.array(placeSchema) });
export type Places = z.infer<typeof placesSchema>;
