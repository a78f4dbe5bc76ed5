import { validator } from 'hono/validator';
import type { z } from 'zod';
import { validationError } from '../lib/problem.ts';

/**
 * Request validation for the staff API with the same problem+json 400s (one message list
 * per field) as the documented public routes. Staff routes are kept out of the public
 * OpenAPI document, so they use hono's validator rather than createRoute.
 */
function make<T extends 'json' | 'query' | 'param'>(target: T) {
  return <S extends z.ZodType>(schema: S) =>
    validator(target, (value) => {
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw validationError(parsed.error);
      return parsed.data as z.output<S>;
    });
}

export const validJson = make('json');
export const validQuery = make('query');
export const validParam = make('param');
