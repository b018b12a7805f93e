CREATE TYPE "public"."boundary_source" AS ENUM('approximate', 'official');--> statement-breakpoint
CREATE TYPE "public"."coverage_level" AS ENUM('good', 'fair');--> statement-breakpoint
CREATE TYPE "public"."fibre_cable_kind" AS ENUM('backbone', 'distribution');--> statement-breakpoint
CREATE TYPE "public"."fibre_cable_status" AS ENUM('planned', 'deployed');--> statement-breakpoint
CREATE TYPE "public"."fibre_zone_status" AS ENUM('planned', 'studies', 'works', 'deployed');--> statement-breakpoint
CREATE TYPE "public"."mobile_site_status" AS ENUM('on-air', 'planned');--> statement-breakpoint
CREATE TYPE "public"."mobile_technology" AS ENUM('2G', '3G', '4G', '5G');--> statement-breakpoint
CREATE TYPE "public"."po_box_status" AS ENUM('planned', 'installed');--> statement-breakpoint
CREATE TYPE "public"."province_code" AS ENUM('SUD', 'NORD', 'ILES');--> statement-breakpoint
CREATE TYPE "public"."school_connection" AS ENUM('fibre', 'dsl', '4g', 'satellite', 'none');--> statement-breakpoint
CREATE TYPE "public"."school_level" AS ENUM('primary', 'secondary', 'higher');--> statement-breakpoint
CREATE TYPE "public"."settlement_kind" AS ENUM('town', 'village', 'tribu');--> statement-breakpoint
CREATE TYPE "public"."wifi_status" AS ENUM('active', 'maintenance', 'planned');--> statement-breakpoint
CREATE TABLE "communes" (
	"insee" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"province" "province_code" NOT NULL,
	"postal_code" text NOT NULL,
	"population_2019" integer NOT NULL,
	"boundary_source" "boundary_source" DEFAULT 'approximate' NOT NULL,
	"town" geometry(Point,4326) NOT NULL,
	"geom" geometry(MultiPolygon,4326) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "communes_name_unique" UNIQUE("name"),
	CONSTRAINT "communes_insee_ck" CHECK ("communes"."insee" ~ '^988[0-9]{2}$'),
	CONSTRAINT "communes_postal_code_ck" CHECK ("communes"."postal_code" ~ '^988[0-9]{2}$'),
	CONSTRAINT "communes_population_ck" CHECK ("communes"."population_2019" >= 0),
	CONSTRAINT "communes_geom_valid" CHECK (ST_IsValid("communes"."geom")),
	CONSTRAINT "communes_geom_in_nc" CHECK (ST_Within("communes"."geom", ST_MakeEnvelope(163, -23, 169, -19, 4326)))
);
--> statement-breakpoint
CREATE TABLE "fibre_cables" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"commune_insee" text NOT NULL,
	"kind" "fibre_cable_kind" NOT NULL,
	"status" "fibre_cable_status" NOT NULL,
	"length_m" integer NOT NULL,
	"geom" geometry(LineString,4326) NOT NULL,
	"source" text DEFAULT 'sample' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fibre_cables_length_ck" CHECK ("fibre_cables"."length_m" >= 0),
	CONSTRAINT "fibre_cables_geom_valid" CHECK (ST_IsValid("fibre_cables"."geom")),
	CONSTRAINT "fibre_cables_geom_in_nc" CHECK (ST_Within("fibre_cables"."geom", ST_MakeEnvelope(163, -23, 169, -19, 4326)))
);
--> statement-breakpoint
CREATE TABLE "fibre_zones" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"commune_insee" text NOT NULL,
	"status" "fibre_zone_status" NOT NULL,
	"planned_year" integer NOT NULL,
	"deployed_on" date,
	"premises_passed" integer NOT NULL,
	"geom" geometry(MultiPolygon,4326) NOT NULL,
	"source" text DEFAULT 'sample' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fibre_zones_year_ck" CHECK ("fibre_zones"."planned_year" BETWEEN 2010 AND 2040),
	CONSTRAINT "fibre_zones_premises_ck" CHECK ("fibre_zones"."premises_passed" >= 0),
	CONSTRAINT "fibre_zones_deployed_ck" CHECK (("fibre_zones"."status" = 'deployed') = ("fibre_zones"."deployed_on" IS NOT NULL)),
	CONSTRAINT "fibre_zones_geom_valid" CHECK (ST_IsValid("fibre_zones"."geom")),
	CONSTRAINT "fibre_zones_geom_in_nc" CHECK (ST_Within("fibre_zones"."geom", ST_MakeEnvelope(163, -23, 169, -19, 4326)))
);
--> statement-breakpoint
CREATE TABLE "mobile_coverage" (
	"id" serial PRIMARY KEY NOT NULL,
	"commune_insee" text NOT NULL,
	"technology" "mobile_technology" NOT NULL,
	"level" "coverage_level" NOT NULL,
	"geom" geometry(MultiPolygon,4326) NOT NULL,
	"source" text DEFAULT 'sample' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mobile_coverage_geom_valid" CHECK (ST_IsValid("mobile_coverage"."geom")),
	CONSTRAINT "mobile_coverage_geom_in_nc" CHECK (ST_Within("mobile_coverage"."geom", ST_MakeEnvelope(163, -23, 169, -19, 4326)))
);
--> statement-breakpoint
CREATE TABLE "mobile_sites" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"commune_insee" text NOT NULL,
	"technologies" "mobile_technology"[] NOT NULL,
	"status" "mobile_site_status" NOT NULL,
	"geom" geometry(Point,4326) NOT NULL,
	"source" text DEFAULT 'sample' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mobile_sites_technologies_ck" CHECK (cardinality("mobile_sites"."technologies") > 0),
	CONSTRAINT "mobile_sites_geom_valid" CHECK (ST_IsValid("mobile_sites"."geom")),
	CONSTRAINT "mobile_sites_geom_in_nc" CHECK (ST_Within("mobile_sites"."geom", ST_MakeEnvelope(163, -23, 169, -19, 4326)))
);
--> statement-breakpoint
CREATE TABLE "po_box_blocks" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"commune_insee" text NOT NULL,
	"boxes" integer NOT NULL,
	"boxes_in_use" integer NOT NULL,
	"status" "po_box_status" NOT NULL,
	"installed_on" date,
	"geom" geometry(Point,4326) NOT NULL,
	"source" text DEFAULT 'sample' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "po_box_blocks_boxes_ck" CHECK ("po_box_blocks"."boxes" > 0 AND "po_box_blocks"."boxes_in_use" BETWEEN 0 AND "po_box_blocks"."boxes"),
	CONSTRAINT "po_box_blocks_installed_ck" CHECK (("po_box_blocks"."status" = 'installed') = ("po_box_blocks"."installed_on" IS NOT NULL)),
	CONSTRAINT "po_box_blocks_geom_valid" CHECK (ST_IsValid("po_box_blocks"."geom")),
	CONSTRAINT "po_box_blocks_geom_in_nc" CHECK (ST_Within("po_box_blocks"."geom", ST_MakeEnvelope(163, -23, 169, -19, 4326)))
);
--> statement-breakpoint
CREATE TABLE "provinces" (
	"code" "province_code" PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"population_2019" integer NOT NULL,
	"geom" geometry(MultiPolygon,4326) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provinces_population_ck" CHECK ("provinces"."population_2019" >= 0),
	CONSTRAINT "provinces_geom_valid" CHECK (ST_IsValid("provinces"."geom")),
	CONSTRAINT "provinces_geom_in_nc" CHECK (ST_Within("provinces"."geom", ST_MakeEnvelope(163, -23, 169, -19, 4326)))
);
--> statement-breakpoint
CREATE TABLE "schools" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"commune_insee" text NOT NULL,
	"level" "school_level" NOT NULL,
	"pupils" integer NOT NULL,
	"connection" "school_connection" NOT NULL,
	"connected_on" date,
	"geom" geometry(Point,4326) NOT NULL,
	"source" text DEFAULT 'sample' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schools_pupils_ck" CHECK ("schools"."pupils" >= 0),
	CONSTRAINT "schools_connected_ck" CHECK (("schools"."connection" = 'none') = ("schools"."connected_on" IS NULL)),
	CONSTRAINT "schools_geom_valid" CHECK (ST_IsValid("schools"."geom")),
	CONSTRAINT "schools_geom_in_nc" CHECK (ST_Within("schools"."geom", ST_MakeEnvelope(163, -23, 169, -19, 4326)))
);
--> statement-breakpoint
CREATE TABLE "settlements" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "settlement_kind" NOT NULL,
	"commune_insee" text NOT NULL,
	"population" integer NOT NULL,
	"geom" geometry(Point,4326) NOT NULL,
	"source" text DEFAULT 'sample' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "settlements_population_ck" CHECK ("settlements"."population" >= 0),
	CONSTRAINT "settlements_geom_valid" CHECK (ST_IsValid("settlements"."geom")),
	CONSTRAINT "settlements_geom_in_nc" CHECK (ST_Within("settlements"."geom", ST_MakeEnvelope(163, -23, 169, -19, 4326)))
);
--> statement-breakpoint
CREATE TABLE "wifi_terminals" (
	"id" serial PRIMARY KEY NOT NULL,
	"site_name" text NOT NULL,
	"commune_insee" text NOT NULL,
	"status" "wifi_status" NOT NULL,
	"opening_hours" text NOT NULL,
	"in_service_since" date,
	"geom" geometry(Point,4326) NOT NULL,
	"source" text DEFAULT 'sample' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wifi_terminals_service_ck" CHECK (("wifi_terminals"."status" = 'planned') = ("wifi_terminals"."in_service_since" IS NULL)),
	CONSTRAINT "wifi_terminals_geom_valid" CHECK (ST_IsValid("wifi_terminals"."geom")),
	CONSTRAINT "wifi_terminals_geom_in_nc" CHECK (ST_Within("wifi_terminals"."geom", ST_MakeEnvelope(163, -23, 169, -19, 4326)))
);
--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_province_provinces_code_fk" FOREIGN KEY ("province") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fibre_cables" ADD CONSTRAINT "fibre_cables_commune_insee_communes_insee_fk" FOREIGN KEY ("commune_insee") REFERENCES "public"."communes"("insee") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "fibre_zones" ADD CONSTRAINT "fibre_zones_commune_insee_communes_insee_fk" FOREIGN KEY ("commune_insee") REFERENCES "public"."communes"("insee") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "mobile_coverage" ADD CONSTRAINT "mobile_coverage_commune_insee_communes_insee_fk" FOREIGN KEY ("commune_insee") REFERENCES "public"."communes"("insee") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "mobile_sites" ADD CONSTRAINT "mobile_sites_commune_insee_communes_insee_fk" FOREIGN KEY ("commune_insee") REFERENCES "public"."communes"("insee") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "po_box_blocks" ADD CONSTRAINT "po_box_blocks_commune_insee_communes_insee_fk" FOREIGN KEY ("commune_insee") REFERENCES "public"."communes"("insee") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_commune_insee_communes_insee_fk" FOREIGN KEY ("commune_insee") REFERENCES "public"."communes"("insee") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_commune_insee_communes_insee_fk" FOREIGN KEY ("commune_insee") REFERENCES "public"."communes"("insee") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "wifi_terminals" ADD CONSTRAINT "wifi_terminals_commune_insee_communes_insee_fk" FOREIGN KEY ("commune_insee") REFERENCES "public"."communes"("insee") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
CREATE INDEX "communes_geom_idx" ON "communes" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "fibre_cables_commune_idx" ON "fibre_cables" USING btree ("commune_insee");--> statement-breakpoint
CREATE INDEX "fibre_cables_geom_idx" ON "fibre_cables" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "fibre_zones_commune_idx" ON "fibre_zones" USING btree ("commune_insee");--> statement-breakpoint
CREATE INDEX "fibre_zones_geom_idx" ON "fibre_zones" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "mobile_coverage_commune_idx" ON "mobile_coverage" USING btree ("commune_insee");--> statement-breakpoint
CREATE INDEX "mobile_coverage_geom_idx" ON "mobile_coverage" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "mobile_sites_commune_idx" ON "mobile_sites" USING btree ("commune_insee");--> statement-breakpoint
CREATE INDEX "mobile_sites_geom_idx" ON "mobile_sites" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "po_box_blocks_commune_idx" ON "po_box_blocks" USING btree ("commune_insee");--> statement-breakpoint
CREATE INDEX "po_box_blocks_geom_idx" ON "po_box_blocks" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "provinces_geom_idx" ON "provinces" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "schools_commune_idx" ON "schools" USING btree ("commune_insee");--> statement-breakpoint
CREATE INDEX "schools_geom_idx" ON "schools" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "settlements_commune_idx" ON "settlements" USING btree ("commune_insee");--> statement-breakpoint
CREATE INDEX "settlements_geom_idx" ON "settlements" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "wifi_terminals_commune_idx" ON "wifi_terminals" USING btree ("commune_insee");--> statement-breakpoint
CREATE INDEX "wifi_terminals_geom_idx" ON "wifi_terminals" USING gist ("geom");