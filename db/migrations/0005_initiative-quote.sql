ALTER TABLE `initiatives` ADD `quote` text;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `quote_by` text;