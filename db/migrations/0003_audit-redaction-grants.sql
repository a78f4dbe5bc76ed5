CREATE TABLE `audit_redaction_grants` (
	`audit_id` integer PRIMARY KEY NOT NULL,
	FOREIGN KEY (`audit_id`) REFERENCES `audit_log`(`id`) ON UPDATE no action ON DELETE no action
);
