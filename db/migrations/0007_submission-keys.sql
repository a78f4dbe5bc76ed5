CREATE TABLE `submission_keys` (
	`key` text PRIMARY KEY NOT NULL,
	`reference` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `submission_keys_created_idx` ON `submission_keys` (`created_at`);