-- Data versions (issue 12): one counter per table, raised by every statement that writes it
-- (an edit, an import, a seed, a TRUNCATE), in the writer's transaction. A layer's ETag is made of
-- the counters it reads, so that a conditional GET is answered without running its query, and an
-- edit or an import invalidates what was kept. The row lock on the counter orders writers of one
-- table; they are ordered anyway by what they refresh (place coverage, search) in the same
-- transaction.
CREATE TABLE "data_versions" (
	"table_name" text PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_versions SET version = version + 1 WHERE table_name = TG_TABLE_NAME;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['provinces','communes','settlements','fibre_zones','fibre_cables','mobile_coverage',
                           'mobile_sites','po_box_blocks','wifi_terminals','schools','projects','dataset']
  LOOP
    EXECUTE format('INSERT INTO data_versions (table_name) VALUES (%L)', t);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()',
                   t || '_data_version', t);
  END LOOP;
END;
$$;
--> statement-breakpoint
-- Generalised geometries (issue 12): a layer's geometries simplified to about a pixel at a few
-- zoom bands, kept with the data instead of being simplified on every zoomed-out request. A band
-- is rebuilt, whole, by the first request that finds it behind its table's data version.
CREATE TABLE "generalised_geometries" (
	"table_name" text NOT NULL,
	"zoom" smallint NOT NULL,
	"id" integer NOT NULL,
	"geom" geometry(Geometry, 4326) NOT NULL,
	CONSTRAINT "generalised_geometries_pk" PRIMARY KEY ("table_name", "zoom", "id")
);
--> statement-breakpoint
CREATE TABLE "generalised_versions" (
	"table_name" text NOT NULL,
	"zoom" smallint NOT NULL,
	"version" bigint NOT NULL,
	CONSTRAINT "generalised_versions_pk" PRIMARY KEY ("table_name", "zoom")
);
--> statement-breakpoint
-- Brings band `zoom` of `tbl` up to the table's data version with `tolerance` (degrees); returns
-- at once when it is. Concurrent callers wait on one lock: the band is built once.
CREATE FUNCTION refresh_generalised(tbl text, band smallint, tolerance double precision) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  wanted bigint;
BEGIN
  SELECT version INTO wanted FROM data_versions WHERE table_name = tbl;
  IF EXISTS (SELECT 1 FROM generalised_versions g WHERE g.table_name = tbl AND g.zoom = band AND g.version = wanted) THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(798811002, hashtext(tbl || ':' || band));
  SELECT version INTO wanted FROM data_versions WHERE table_name = tbl;
  IF EXISTS (SELECT 1 FROM generalised_versions g WHERE g.table_name = tbl AND g.zoom = band AND g.version = wanted) THEN
    RETURN;
  END IF;
  DELETE FROM generalised_geometries g WHERE g.table_name = tbl AND g.zoom = band;
  EXECUTE format(
    'INSERT INTO generalised_geometries (table_name, zoom, id, geom) SELECT %L, %s, id, ST_SimplifyPreserveTopology(geom, %s) FROM %I',
    tbl, band, tolerance, tbl);
  INSERT INTO generalised_versions (table_name, zoom, version) VALUES (tbl, band, wanted)
  ON CONFLICT (table_name, zoom) DO UPDATE SET version = excluded.version;
END;
$$;
