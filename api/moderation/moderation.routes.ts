import { createStaffRouter } from '../auth/auth.routes.ts';
import { actorOf, requireStaff } from '../auth/session.ts';
import { validJson, validParam, validQuery } from '../auth/validate.ts';
import { ApiError, validationError } from '../lib/problem.ts';
import { listAudit, recordAudit } from './audit.service.ts';
import { parseEntryPatch } from './entry-edit.ts';
import {
  detectFormat,
  exportRecords,
  importCatalogue,
  toCsv,
  toJsonl,
} from './import-export.service.ts';
import {
  auditQuerySchema,
  entriesQuerySchema,
  exportQuerySchema,
  idParamSchema,
  importQuerySchema,
} from './moderation.schema.ts';
import {
  bulkBodySchema,
  DECISIONS,
  decisionBodySchema,
  eraseBodySchema,
} from '../../contract/moderation.ts';
import {
  decide,
  decideMany,
  getEntry,
  listEntries,
  pendingCount,
  resolveConcerns,
  updateEntry,
} from './moderation.service.ts';
import { erasePersonalData } from './personal-data.service.ts';
import { limitBody } from '../lib/body-limit.ts';

/** A JSON body, or {} when there is none (a decision that needs no details). */
async function optionalJson(text: Promise<string>): Promise<unknown> {
  const raw = await text;
  if (!raw.trim()) return {};
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new ApiError(400, 'Invalid request', 'The body must be JSON.');
  }
}

const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** The staff workspace API. Every route needs a signed-in moderator or admin. */
export function moderationRoutes() {
  const app = createStaffRouter();
  app.use('/moderation/*', requireStaff('moderator'));

  app.get('/moderation/summary', (c) => c.json({ pending: pendingCount(c.get('deps').db) }, 200));

  app.get('/moderation/entries', validQuery(entriesQuerySchema), (c) =>
    c.json(listEntries(c.get('deps').db, c.req.valid('query')), 200),
  );

  app.post('/moderation/entries/bulk', limitBody(32 * 1024), validJson(bulkBodySchema), (c) =>
    c.json(decideMany(c.get('deps'), c.get('staff'), c.req.valid('json')), 200),
  );

  app.get('/moderation/entries/:id', validParam(idParamSchema), (c) =>
    c.json(getEntry(c.get('deps').db, c.req.valid('param').id), 200),
  );

  app.patch(
    '/moderation/entries/:id',
    limitBody(64 * 1024),
    validParam(idParamSchema),
    async (c) => {
      const { version, changes, confirmFlags } = parseEntryPatch(await optionalJson(c.req.text()));
      const entry = updateEntry(
        c.get('deps'),
        c.req.valid('param').id,
        c.get('staff'),
        version,
        changes,
        confirmFlags,
      );
      return c.json(entry, 200);
    },
  );

  for (const decision of DECISIONS) {
    app.post(
      `/moderation/entries/:id/${decision}`,
      limitBody(16 * 1024),
      validParam(idParamSchema),
      async (c) => {
        const body = decisionBodySchema.safeParse(await optionalJson(c.req.text()));
        if (!body.success) throw validationError(body.error);
        const entry = decide(
          c.get('deps'),
          c.req.valid('param').id,
          c.get('staff'),
          decision,
          body.data,
        );
        return c.json(entry, 200);
      },
    );
  }

  app.post(
    '/moderation/entries/:id/erase-personal-data',
    requireStaff('admin'),
    limitBody(16 * 1024),
    validParam(idParamSchema),
    async (c) => {
      const body = eraseBodySchema.safeParse(await optionalJson(c.req.text()));
      if (!body.success) throw validationError(body.error);
      const id = c.req.valid('param').id;
      const erased = erasePersonalData(c.get('deps'), id, c.get('staff'), body.data);
      return c.json({ erased, entry: getEntry(c.get('deps').db, id) }, 200);
    },
  );

  app.post('/moderation/entries/:id/concerns/resolve', validParam(idParamSchema), (c) =>
    c.json(resolveConcerns(c.get('deps'), c.req.valid('param').id, c.get('staff')), 200),
  );

  app.get('/moderation/audit', validQuery(auditQuerySchema), (c) =>
    c.json(listAudit(c.get('deps').db, c.req.valid('query')), 200),
  );

  for (const format of ['csv', 'jsonl'] as const) {
    app.get(`/moderation/export.${format}`, validQuery(exportQuerySchema), (c) => {
      const deps = c.get('deps');
      const staff = c.get('staff');
      const includeContact = c.req.valid('query').includeContact === true;
      if (includeContact && staff.role !== 'admin') {
        throw new ApiError(403, 'Not allowed', 'Only an administrator can export contact details.');
      }
      if (includeContact) {
        // Private data leaving the system: always on the record.
        recordAudit(deps.db, deps.now(), {
          actor: actorOf(staff),
          action: 'export-contacts',
          detail: { format },
        });
      }
      const records = exportRecords(deps.db, includeContact);
      const day = deps.now().toISOString().slice(0, 10);
      const name = `participation-map-all-${day}.${format}`;
      return c.body(format === 'csv' ? toCsv(records, includeContact) : toJsonl(records), 200, {
        'Content-Type':
          format === 'csv'
            ? 'text/csv; charset=utf-8; header=present'
            : 'application/jsonl; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
      });
    });
  }

  app.post(
    '/moderation/import',
    requireStaff('admin'),
    limitBody(IMPORT_MAX_BYTES),
    validQuery(importQuerySchema),
    async (c) => {
      const q = c.req.valid('query');
      const text = await c.req.text();
      if (!text.trim()) throw new ApiError(400, 'Invalid request', 'The file is empty.');
      const format = q.format ?? detectFormat(c.req.header('Content-Type'), text);
      const report = importCatalogue(c.get('deps'), c.get('staff'), text, {
        format,
        status: q.status,
        dryRun: q.dryRun,
        confirmFlags: q.confirmFlags,
      });
      // A real import with any bad row changes nothing and says why, row by row.
      return c.json(report, !q.dryRun && !report.applied ? 422 : 200);
    },
  );

  return app;
}
