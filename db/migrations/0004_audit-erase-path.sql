-- Custom migration (drizzle-kit generate --custom): the audit trail stays append-only, with one
-- narrow exception for erasing personal data (decision 065). An UPDATE is refused unless a
-- grant for that record exists in `audit_redaction_grants` and only `detail` changes; the
-- grant is used up by the update. DELETE stays refused (trigger `audit_log_no_delete`).
DROP TRIGGER `audit_log_no_update`;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
WHEN NOT EXISTS (SELECT 1 FROM `audit_redaction_grants` WHERE `audit_id` = old.`id`)
  OR new.`id` IS NOT old.`id`
  OR new.`at` IS NOT old.`at`
  OR new.`actor_id` IS NOT old.`actor_id`
  OR new.`actor_email` IS NOT old.`actor_email`
  OR new.`action` IS NOT old.`action`
  OR new.`initiative_id` IS NOT old.`initiative_id`
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_grant_used` AFTER UPDATE ON `audit_log` BEGIN
  DELETE FROM `audit_redaction_grants` WHERE `audit_id` = old.`id`;
END;
