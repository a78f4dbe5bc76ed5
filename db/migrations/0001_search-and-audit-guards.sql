-- Custom migration (drizzle-kit generate --custom): what Drizzle's schema cannot express.
-- Full-text search over public text, tolerant of case and accents (unicode61 remove_diacritics 2).
CREATE VIRTUAL TABLE `initiatives_fts` USING fts5(
  `title`, `summary`, `organization`, `locality`, `country_name`,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `initiatives_fts_ai` AFTER INSERT ON `initiatives` BEGIN
  INSERT INTO `initiatives_fts` (rowid, `title`, `summary`, `organization`, `locality`, `country_name`)
  VALUES (new.`id`, new.`title`, new.`summary`, coalesce(new.`organization`, ''), coalesce(new.`locality`, ''),
    coalesce((SELECT `name` FROM `countries` WHERE `code` = new.`country`), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `initiatives_fts_au` AFTER UPDATE OF `title`, `summary`, `organization`, `locality`, `country` ON `initiatives` BEGIN
  DELETE FROM `initiatives_fts` WHERE rowid = old.`id`;
  INSERT INTO `initiatives_fts` (rowid, `title`, `summary`, `organization`, `locality`, `country_name`)
  VALUES (new.`id`, new.`title`, new.`summary`, coalesce(new.`organization`, ''), coalesce(new.`locality`, ''),
    coalesce((SELECT `name` FROM `countries` WHERE `code` = new.`country`), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `initiatives_fts_ad` AFTER DELETE ON `initiatives` BEGIN
  DELETE FROM `initiatives_fts` WHERE rowid = old.`id`;
END;
--> statement-breakpoint
-- The audit trail is append-only: nobody can edit or delete it, not even through SQL from the app.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
