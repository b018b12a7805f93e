-- Requests from communes and the public, and comments on projects and features (issue 10, item 6),
-- as drizzle-kit wrote them from db/schema.ts.
CREATE TYPE "public"."request_status" AS ENUM('new', 'acknowledged', 'planned', 'done', 'rejected');--> statement-breakpoint
CREATE TABLE "comments" (
	"id" serial PRIMARY KEY NOT NULL,
	"layer_id" text NOT NULL,
	"feature_id" integer NOT NULL,
	"account_id" integer NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comments_body_ck" CHECK (length("comments"."body") BETWEEN 1 AND 2000)
);
--> statement-breakpoint
CREATE TABLE "requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"commune_insee" text NOT NULL,
	"geom" geometry(Point,4326) NOT NULL,
	"layer_id" text,
	"feature_id" integer,
	"body" text NOT NULL,
	"status" "request_status" DEFAULT 'new' NOT NULL,
	"answer" text,
	"account_id" integer,
	"address" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_by" integer,
	"answered_at" timestamp with time zone,
	CONSTRAINT "requests_body_ck" CHECK (length("requests"."body") BETWEEN 1 AND 2000),
	CONSTRAINT "requests_link_ck" CHECK (("requests"."layer_id" IS NULL) = ("requests"."feature_id" IS NULL)),
	CONSTRAINT "requests_geom_valid" CHECK (ST_IsValid("requests"."geom")),
	CONSTRAINT "requests_geom_in_nc" CHECK (ST_Within("requests"."geom", ST_MakeEnvelope(163, -23, 169, -19, 4326)))
);
--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_commune_insee_communes_insee_fk" FOREIGN KEY ("commune_insee") REFERENCES "public"."communes"("insee") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_answered_by_accounts_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comments_target_idx" ON "comments" USING btree ("layer_id","feature_id","id");--> statement-breakpoint
CREATE INDEX "requests_commune_idx" ON "requests" USING btree ("commune_insee","status");--> statement-breakpoint
CREATE INDEX "requests_address_idx" ON "requests" USING btree ("address","created_at");--> statement-breakpoint
CREATE INDEX "requests_geom_idx" ON "requests" USING gist ("geom");