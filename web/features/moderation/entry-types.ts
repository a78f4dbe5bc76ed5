// Types only (erased at build): the web app never bundles server code.
export type {
  QueueItem,
  QueuePage,
  StaffEntry,
  BulkResult,
} from '../../../api/moderation/moderation.service.ts';
export type { AuditItem } from '../../../api/moderation/audit.service.ts';
export type { Flag } from '../../../contract/safeguarding.ts';
