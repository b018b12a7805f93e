-- Accounts, sessions and the history of every edit (issue 10). Tables and indexes as drizzle-kit
-- wrote them from db/schema.ts; the triggers after them by hand.
CREATE TYPE "public"."account_role" AS ENUM('admin', 'planner', 'commune');--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "account_role" NOT NULL,
	"commune_insee" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone,
	CONSTRAINT "accounts_email_ck" CHECK ("accounts"."email" = lower("accounts"."email") AND "accounts"."email" LIKE '%_@_%'),
	CONSTRAINT "accounts_commune_ck" CHECK (("accounts"."role" = 'commune') = ("accounts"."commune_insee" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "feature_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"table_name" text NOT NULL,
	"feature_id" integer NOT NULL,
	"operation" text NOT NULL,
	"version" integer NOT NULL,
	"account_id" integer,
	"via" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"before" jsonb,
	"after" jsonb,
	CONSTRAINT "feature_history_operation_ck" CHECK ("feature_history"."operation" IN ('create', 'update', 'delete'))
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"address" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"account_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"address" text,
	"user_agent" text
);
--> statement-breakpoint
ALTER TABLE "fibre_cables" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "fibre_zones" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "mobile_coverage" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "mobile_sites" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "po_box_blocks" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "wifi_terminals" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_commune_insee_communes_insee_fk" FOREIGN KEY ("commune_insee") REFERENCES "public"."communes"("insee") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "feature_history" ADD CONSTRAINT "feature_history_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_email_idx" ON "accounts" USING btree ("email");--> statement-breakpoint
CREATE INDEX "feature_history_feature_idx" ON "feature_history" USING btree ("table_name","feature_id","id");--> statement-breakpoint
CREATE INDEX "login_attempts_email_idx" ON "login_attempts" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "login_attempts_address_idx" ON "login_attempts" USING btree ("address","at");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_token_idx" ON "sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "sessions_account_idx" ON "sessions" USING btree ("account_id");
--> statement-breakpoint
-- Every edited row's version goes up by one on each update, whoever writes: the API's ETag.
CREATE FUNCTION bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.version := OLD.version + 1;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- The history, written by the database in the writer's transaction: who is the transaction's
-- app.account_id (set by the API for a signed-in account), the path its app.via ('web', 'import',
-- 'ogc'; 'sql' when unset). The sample's own loading (app.via = 'seed') is not history.
CREATE FUNCTION record_history() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  via text := coalesce(nullif(current_setting('app.via', true), ''), 'sql');
  who integer := nullif(current_setting('app.account_id', true), '')::integer;
BEGIN
  IF via = 'seed' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO feature_history (table_name, feature_id, operation, version, account_id, via, after)
    VALUES (TG_TABLE_NAME, NEW.id, 'create', NEW.version, who, via, ST_AsGeoJSON(NEW)::jsonb);
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO feature_history (table_name, feature_id, operation, version, account_id, via, before, after)
    VALUES (TG_TABLE_NAME, NEW.id, 'update', NEW.version, who, via, ST_AsGeoJSON(OLD)::jsonb,
            ST_AsGeoJSON(NEW)::jsonb);
  ELSE
    INSERT INTO feature_history (table_name, feature_id, operation, version, account_id, via, before)
    VALUES (TG_TABLE_NAME, OLD.id, 'delete', OLD.version, who, via, ST_AsGeoJSON(OLD)::jsonb);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['fibre_zones','fibre_cables','mobile_coverage','mobile_sites','po_box_blocks',
                           'wifi_terminals','schools','projects']
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION bump_version()',
                   t || '_bump_version', t);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION record_history()',
                   t || '_history', t);
  END LOOP;
END;
$$;
