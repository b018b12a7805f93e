CREATE TYPE "public"."project_kind" AS ENUM('fibre_works', 'mobile_site', 'po_box_block', 'wifi_terminal', 'school_connection', 'power', 'water', 'roads', 'other');--> statement-breakpoint
CREATE TYPE "public"."project_status" AS ENUM('planned', 'studies', 'works', 'done', 'delayed', 'cancelled');--> statement-breakpoint
CREATE TABLE "projects" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"commune_insee" text NOT NULL,
	"kind" "project_kind" NOT NULL,
	"organisation" text NOT NULL,
	"status" "project_status" NOT NULL,
	"planned_start" date NOT NULL,
	"planned_end" date NOT NULL,
	"actual_start" date,
	"actual_end" date,
	"slippage_reason" text,
	"layer_id" text,
	"feature_id" integer,
	"public_notes" text DEFAULT '' NOT NULL,
	"geom" geometry(Geometry,4326) NOT NULL,
	"source" text DEFAULT 'sample' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_planned_period_ck" CHECK ("projects"."planned_end" >= "projects"."planned_start"),
	CONSTRAINT "projects_actual_period_ck" CHECK ("projects"."actual_end" IS NULL OR ("projects"."actual_start" IS NOT NULL AND "projects"."actual_end" >= "projects"."actual_start")),
	CONSTRAINT "projects_done_ck" CHECK (("projects"."status" = 'done') = ("projects"."actual_end" IS NOT NULL)),
	CONSTRAINT "projects_delayed_reason_ck" CHECK ("projects"."status" <> 'delayed' OR coalesce("projects"."slippage_reason", '') <> ''),
	CONSTRAINT "projects_link_ck" CHECK (("projects"."layer_id" IS NULL) = ("projects"."feature_id" IS NULL)),
	CONSTRAINT "projects_layer_ck" CHECK ("projects"."layer_id" IS NULL OR "projects"."layer_id" IN ('fibre-zones', 'fibre-cables', 'mobile-sites', 'po-boxes', 'wifi-terminals', 'schools')),
	CONSTRAINT "projects_geom_type_ck" CHECK (GeometryType("projects"."geom") IN ('POINT', 'LINESTRING', 'MULTILINESTRING', 'POLYGON', 'MULTIPOLYGON')),
	CONSTRAINT "projects_geom_valid" CHECK (ST_IsValid("projects"."geom")),
	CONSTRAINT "projects_geom_in_nc" CHECK (ST_Within("projects"."geom", ST_MakeEnvelope(163, -23, 169, -19, 4326)))
);
--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_commune_insee_communes_insee_fk" FOREIGN KEY ("commune_insee") REFERENCES "public"."communes"("insee") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
CREATE INDEX "projects_commune_idx" ON "projects" USING btree ("commune_insee");--> statement-breakpoint
CREATE INDEX "projects_geom_idx" ON "projects" USING gist ("geom");--> statement-breakpoint
CREATE TRIGGER projects_touch_updated_at BEFORE UPDATE ON projects FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
