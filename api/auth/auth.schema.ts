import { z } from 'zod';

export const staffIdParamSchema = z.object({
  id: z
    .string()
    .regex(/^\d{1,9}$/, 'Use a staff id')
    .transform(Number),
});
