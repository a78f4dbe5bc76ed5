-- Custom migration (drizzle-kit generate --custom): data only.
-- Submissions used to get "title", then "title-2", "title-3"...: once published, "title-2"
-- told that an unpublished "title" existed. New submissions get a random ending instead; this
-- gives one to every submission never published so far (its address was never public). Entries
-- that were ever published keep their address, so links stay valid.
UPDATE `initiatives`
SET `slug` = rtrim(substr(`slug`, 1, 113), '-') || '-' || lower(hex(randomblob(3)))
WHERE `origin` = 'submission'
  AND `status` <> 'published'
  AND `published_at` IS NULL
  AND NOT EXISTS (
    SELECT 1 FROM `audit_log`
    WHERE `audit_log`.`initiative_id` = `initiatives`.`id` AND `audit_log`.`action` = 'publish'
  );
