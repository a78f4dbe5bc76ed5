import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';

export type FieldErrors = Record<string, string[]>;

/** An error with an HTTP status that becomes an RFC 9457 problem+json response. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldErrors,
    readonly headers?: Record<string, string>,
  ) {
    super(detail ?? title);
  }
}

export const notFound = (detail = 'Nothing was found at this address.') =>
  new ApiError(404, 'Not found', detail);

const TITLES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Sign-in required',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Request too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Something went wrong',
};

export function problemBody(
  status: number,
  title = TITLES[status] ?? 'Error',
  detail?: string,
  errors?: FieldErrors,
) {
  return {
    type: status === 500 ? 'about:blank' : `https://httpstatuses.io/${status}`,
    title,
    status,
    ...(detail ? { detail } : {}),
    ...(errors ? { errors } : {}),
  };
}

export function problem(
  c: Context,
  status: ContentfulStatusCode,
  title?: string,
  detail?: string,
  errors?: FieldErrors,
  headers?: Record<string, string>,
) {
  // The request id (also in X-Request-Id) lets an operator find this answer in the logs.
  const requestId = c.get('requestId') as string | undefined;
  const body = {
    ...problemBody(status, title, detail, errors),
    ...(requestId ? { requestId } : {}),
  };
  const res = c.json(body, status, headers);
  res.headers.set('Content-Type', 'application/problem+json; charset=utf-8');
  return res;
}

/** zod issues -> { field: [messages] }; the top-level field name is the key. */
export function fieldErrors(error: Pick<ZodError, 'issues'>): FieldErrors {
  const out = fieldErrorMap();
  const add = (key: string, message: string) => {
    if (!Object.hasOwn(out, key)) out[key] = [];
    out[key]?.push(message);
  };
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '_';
    if (issue.code === 'unrecognized_keys') {
      // Each unknown field under its own name, as the client sent it.
      for (const k of issue.keys) add(issue.path.length ? `${key}.${k}` : k, UNKNOWN_FIELD);
    } else add(key, issue.message);
  }
  return out;
}

export const UNKNOWN_FIELD = 'This field is not accepted here';

/**
 * An empty field -> messages map. Keys come from the client ("constructor", "__proto__"), so
 * the map has no prototype: such a key is an ordinary entry, never an inherited function.
 */
export function fieldErrorMap(): FieldErrors {
  return Object.create(null) as FieldErrors;
}

/** A 400 naming each field that needs another look, with its messages. */
export function invalidFields(errors: FieldErrors, detail?: string): ApiError {
  return new ApiError(
    400,
    'Invalid request',
    detail ?? `Please check: ${Object.keys(errors).join(', ')}.`,
    errors,
  );
}

export function validationError(error: Pick<ZodError, 'issues'>, detail?: string): ApiError {
  return invalidFields(fieldErrors(error), detail);
}

/**
 * The one error handler: ApiError and HTTPException as given, anything else a logged 500.
 * A client that hung up mid-request is normal traffic: the request log notes it, nothing more.
 */
export function onError(log: (msg: string, err: unknown) => void) {
  return (err: Error, c: Context) => {
    if (c.req.raw.signal.aborted) return problem(c, 400, 'Request aborted', 'The client hung up.');
    if (err instanceof ApiError) {
      return problem(c, err.status, err.title, err.detail, err.errors, err.headers);
    }
    if (err instanceof HTTPException) {
      const status = err.status as ContentfulStatusCode;
      return problem(c, status, TITLES[status], err.message || undefined);
    }
    const id = c.get('requestId') as string | undefined;
    log(`Unhandled error on ${c.req.method} ${c.req.path}${id ? ` (request ${id})` : ''}`, err);
    return problem(c, 500, TITLES[500], 'Please try again in a moment.');
  };
}
