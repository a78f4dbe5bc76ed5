-- Custom migration (drizzle-kit generate --custom): what Drizzle's schema cannot express.
-- Staff search covers the entries' translations too, with the same tokenizer as
-- initiatives_fts: a moderator finds an entry by a word of its French or Spanish text.
-- Keyed by the translation's own columns, not by rowid, which a VACUUM may renumber.
CREATE VIRTUAL TABLE `initiative_translations_fts` USING fts5(
  `initiative_id` UNINDEXED, `language` UNINDEXED, `title`, `summary`,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `initiative_translations_fts` (`initiative_id`, `language`, `title`, `summary`)
  SELECT `initiative_id`, `language`, `title`, `summary` FROM `initiative_translations`;
--> statement-breakpoint
CREATE TRIGGER `initiative_translations_fts_ai` AFTER INSERT ON `initiative_translations` BEGIN
  INSERT INTO `initiative_translations_fts` (`initiative_id`, `language`, `title`, `summary`)
  VALUES (new.`initiative_id`, new.`language`, new.`title`, new.`summary`);
END;
--> statement-breakpoint
CREATE TRIGGER `initiative_translations_fts_au` AFTER UPDATE ON `initiative_translations` BEGIN
  DELETE FROM `initiative_translations_fts`
    WHERE `initiative_id` = old.`initiative_id` AND `language` = old.`language`;
  INSERT INTO `initiative_translations_fts` (`initiative_id`, `language`, `title`, `summary`)
  VALUES (new.`initiative_id`, new.`language`, new.`title`, new.`summary`);
END;
--> statement-breakpoint
CREATE TRIGGER `initiative_translations_fts_ad` AFTER DELETE ON `initiative_translations` BEGIN
  DELETE FROM `initiative_translations_fts`
    WHERE `initiative_id` = old.`initiative_id` AND `language` = old.`language`;
END;
