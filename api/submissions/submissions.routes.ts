import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../lib/context.ts';
import { createRouter, problemResponse } from '../lib/openapi.ts';
import { ApiError } from '../lib/problem.ts';
import { rateLimit, RateLimiter } from '../lib/rate-limit.ts';
import { sharedGazetteer, type Gazetteer } from '../places/gazetteer.ts';
import {
  createdSchema,
  referenceSchema,
  statusSchema,
  submissionSchema,
} from '../../contract/submissions.ts';
import { MAX_BODY_BYTES, MIN_FILL_MS, START_WINDOW } from './submissions.schema.ts';
import { DecoyReferences } from './decoys.ts';
import { IDEMPOTENCY_KEY, IDEMPOTENCY_KEPT_MS, replayedReference } from './idempotency.ts';
import { createSubmission, submissionStatus, type SubmitResult } from './submissions.service.ts';
import { limitBody } from '../lib/body-limit.ts';

const tags = ['Submissions'];

/** Per client address, in memory only (never stored): generous for a class on one network. */
export const SUBMIT_LIMIT = { limit: 10, windowMs: 10 * 60_000 };
export const STATUS_LIMIT = { limit: 60, windowMs: 60_000 };

const createRouteDef = createRoute({
  method: 'post',
  path: '/submissions',
  operationId: 'createSubmission',
  tags,
  summary: 'Send a new initiative ("Let’s tell the world")',
  description:
    'Stores a **pending** initiative that staff review before anything is public. Text is normalised ' +
    '(Unicode NFC, control characters removed, white space collapsed) and always treated as plain text. ' +
    'Text that looks like an email address, phone number, street address or full name is flagged for staff, ' +
    'not rejected. The only personal data is the optional `contactEmail`, kept private. ' +
    `Anti-spam: leave \`website\` empty and send \`startedAt\` (when the form was opened, on the server's ` +
    `clock, as the \`Date\` header of any answer gives it); a body sent less than ${MIN_FILL_MS / 1000} seconds ` +
    `after \`startedAt\` gets 429. A body with \`website\` filled, or without \`startedAt\`, or one older than ` +
    `${START_WINDOW.maxAgeMs / 86_400_000} days or more than ${START_WINDOW.maxAheadMs / 3_600_000} hours ahead, ` +
    'is answered as usual but not stored. ' +
    `At most ${SUBMIT_LIMIT.limit} submissions per ${SUBMIT_LIMIT.windowMs / 60_000} minutes per client; ` +
    `bodies over ${MAX_BODY_BYTES / 1024} KB get 413; a content type other than application/json gets 415. ` +
    'An optional `Idempotency-Key` header (16 to 64 letters, digits or hyphens, e.g. a UUID) makes a repeat ' +
    `safe: the same key within ${IDEMPOTENCY_KEPT_MS / 86_400_000} days answers 201 with the first reference ` +
    '(and `Idempotent-Replayed: true`) and stores nothing again.',
  request: {
    headers: z.object({
      'idempotency-key': z
        .string()
        .regex(IDEMPOTENCY_KEY)
        .optional()
        .describe('One per submission, e.g. a UUID; a repeat answers with the first reference'),
    }),
    body: {
      required: true,
      content: { 'application/json': { schema: submissionSchema } },
    },
  },
  responses: {
    201: {
      description: 'Received; pending review',
      content: { 'application/json': { schema: createdSchema } },
    },
    400: problemResponse('A field is missing or invalid; `errors` names each field'),
    413: problemResponse('The body is too large'),
    415: problemResponse('The body is not JSON'),
    429: problemResponse('Too many submissions, or sent too quickly; see Retry-After'),
  },
});

const statusRouteDef = createRoute({
  method: 'get',
  path: '/submissions/{reference}',
  operationId: 'getSubmissionStatus',
  tags,
  summary: 'The status of a submission, by its reference',
  description:
    'Status only: `pending`, `published` (with the public address) or `not-published` (not accepted, or ' +
    'taken down). Nothing else about the submission is ever returned.',
  request: {
    params: z.object({
      reference: referenceSchema.describe('The code given after sending, like K7P-4QX'),
    }),
  },
  responses: {
    200: { description: 'The status', content: { 'application/json': { schema: statusSchema } } },
    400: problemResponse('Not a reference'),
    404: problemResponse('No submission has this reference'),
    429: problemResponse('Too many look-ups; see Retry-After'),
  },
});

/** 415 unless the body is declared JSON, before anything reads it. */
const requireJson: MiddlewareHandler<AppEnv> = async (c, next) => {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    throw new ApiError(415, 'Unsupported media type', 'Send the submission as application/json.');
  }
  await next();
};

const limitSubmission = limitBody(
  MAX_BODY_BYTES,
  `The submission is larger than ${MAX_BODY_BYTES / 1024} KB.`,
);

export type SubmissionsOptions = {
  gazetteer?: Gazetteer;
  /** Called after a submission is stored (never for a caught bot): e.g. notify staff. */
  onSubmitted?: (result: SubmitResult & { id: number }) => void;
};

export function submissionsRoutes(options: SubmissionsOptions = {}) {
  const app = createRouter();
  const submitLimiter = new RateLimiter(SUBMIT_LIMIT.limit, SUBMIT_LIMIT.windowMs);
  const statusLimiter = new RateLimiter(STATUS_LIMIT.limit, STATUS_LIMIT.windowMs);
  const gazetteer = options.gazetteer ?? sharedGazetteer();
  const decoys = new DecoyReferences();

  app.on('POST', '/submissions', rateLimit(submitLimiter), requireJson, limitSubmission);
  app.on('GET', '/submissions/:reference', rateLimit(statusLimiter));

  app.openapi(createRouteDef, (c) => {
    const deps = c.get('deps');
    const key = c.req.valid('header')['idempotency-key'];
    const nowMs = deps.now().getTime();
    const replayed = key ? replayedReference(deps.db, key, nowMs) : undefined;
    if (replayed) {
      return c.json({ reference: replayed, statusUrl: `/tell/status/${replayed}` }, 201, {
        Location: `/api/submissions/${replayed}`,
        'Cache-Control': 'no-store',
        'Idempotent-Replayed': 'true',
      });
    }
    const result = createSubmission(deps.db, c.req.valid('json'), {
      now: deps.now(),
      gazetteer,
      decoys,
      idempotencyKey: key,
    });
    // A pending entry changes nothing public: the read model (and every ETag) stays as it is.
    if (result.id !== null) {
      options.onSubmitted?.({ ...result, id: result.id });
    } else {
      deps.log(`Submission discarded as automated (${result.caught})`);
    }
    const statusUrl = `/tell/status/${result.reference}`;
    return c.json({ reference: result.reference, statusUrl }, 201, {
      Location: `/api/submissions/${result.reference}`,
      'Cache-Control': 'no-store',
    });
  });

  app.openapi(statusRouteDef, (c) => {
    const deps = c.get('deps');
    const body = submissionStatus(deps.db, c.req.valid('param').reference, {
      decoys,
      now: deps.now().getTime(),
    });
    return c.json(body, 200, { 'Cache-Control': 'no-store' });
  });

  return app;
}
