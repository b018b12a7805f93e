CREATE TABLE "imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"account_id" integer,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"target" text NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"format" text NOT NULL,
	"crs" text NOT NULL,
	"via" text NOT NULL,
	"read" integer NOT NULL,
	"added" integer NOT NULL,
	"updated" integer NOT NULL,
	"unchanged" integer NOT NULL,
	"rejected" integer NOT NULL,
	"repaired" integer NOT NULL,
	CONSTRAINT "imports_sha256_ck" CHECK ("imports"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "feature_history" ADD COLUMN "import_id" integer;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "imports_at_idx" ON "imports" USING btree ("at");--> statement-breakpoint
ALTER TABLE "feature_history" ADD CONSTRAINT "feature_history_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feature_history_import_idx" ON "feature_history" USING btree ("import_id");--> statement-breakpoint
-- The history names the import that made a change (app.import_id, set by the import's transaction),
-- so that an import can be reviewed, and undone, change by change.
CREATE OR REPLACE FUNCTION record_history() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  via text := coalesce(nullif(current_setting('app.via', true), ''), 'sql');
  who integer := nullif(current_setting('app.account_id', true), '')::integer;
  by_import integer := nullif(current_setting('app.import_id', true), '')::integer;
BEGIN
  IF via = 'seed' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO feature_history (table_name, feature_id, operation, version, account_id, via, import_id, after)
    VALUES (TG_TABLE_NAME, NEW.id, 'create', NEW.version, who, via, by_import, ST_AsGeoJSON(NEW)::jsonb);
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO feature_history (table_name, feature_id, operation, version, account_id, via, import_id, before, after)
    VALUES (TG_TABLE_NAME, NEW.id, 'update', NEW.version, who, via, by_import, ST_AsGeoJSON(OLD)::jsonb,
            ST_AsGeoJSON(NEW)::jsonb);
  ELSE
    INSERT INTO feature_history (table_name, feature_id, operation, version, account_id, via, import_id, before)
    VALUES (TG_TABLE_NAME, OLD.id, 'delete', OLD.version, who, via, by_import, ST_AsGeoJSON(OLD)::jsonb);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "undone_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "undone_by" integer;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_undone_by_accounts_id_fk" FOREIGN KEY ("undone_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
