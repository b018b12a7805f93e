-- The place coverage follows an edit by recomputing only the places the edit can change
-- (issue 10, item 5), instead of every settlement and school: finishing a fibre project took the
-- whole view's refresh (0.7 s on a server) and now takes the few places near its zone.
--
-- The definition (migration 0007) becomes a plain view, place_coverage_measured, still the only
-- place that says what a place's coverage is; place_coverage becomes a table holding its rows.
-- A full refresh (the seed, an import) replaces every row; an edit replaces some. Both happen in
-- the writer's transaction, and readers keep the rows of the last commit meanwhile (no lock).
CREATE INDEX "feature_history_at_idx" ON "feature_history" USING btree ("at");
--> statement-breakpoint
DROP MATERIALIZED VIEW place_coverage;
--> statement-breakpoint
CREATE VIEW place_coverage_measured AS
WITH places AS (
  SELECT 'settlement'::text AS kind, s.id, s.name, s.kind::text AS category, s.commune_insee,
         s.population AS inhabitants, NULL::int AS pupils, s.geom
  FROM settlements s
  UNION ALL
  SELECT 'school'::text, sc.id, sc.name, sc.level::text, sc.commune_insee, NULL::int, sc.pupils, sc.geom
  FROM schools sc
),
measured AS (
  SELECT p.*, fibre_distance_m(p.geom) AS distance_fibre_m,
         coverage_distance_m(p.geom, '4g') AS distance_4g_m,
         coverage_distance_m(p.geom, NULL) AS distance_mobile_m
  FROM places p
)
SELECT m.kind, m.id, m.name, m.category, m.commune_insee, m.inhabitants, m.pupils, m.geom,
       coalesce(m.distance_fibre_m = 0, false) AS fibre,
       coalesce(m.distance_4g_m = 0, false) AS g4,
       coalesce(m.distance_mobile_m = 0, false) AS mobile,
       m.distance_fibre_m, m.distance_4g_m, m.distance_mobile_m
FROM measured m;
--> statement-breakpoint
CREATE TABLE place_coverage AS SELECT * FROM place_coverage_measured;
--> statement-breakpoint
ALTER TABLE place_coverage ADD PRIMARY KEY (kind, id);
--> statement-breakpoint
CREATE INDEX place_coverage_commune_idx ON place_coverage (commune_insee);
--> statement-breakpoint
CREATE INDEX place_coverage_geom_idx ON place_coverage USING gist (geom);
--> statement-breakpoint
-- Every row again, from the definition.
CREATE FUNCTION refresh_place_coverage() RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_catalog AS $$
BEGIN
  DELETE FROM place_coverage;
  INSERT INTO place_coverage SELECT * FROM place_coverage_measured;
END
$$;
--> statement-breakpoint
-- The rows the changes of this transaction can alter, read from the history it wrote (its rows
-- have the transaction's `at` and its xmin): each created, changed or deleted school; and, for a
-- fibre zone created, changed or deleted (by hand, or by the project that builds it), every place
-- whose distance to fibre that zone's old or new shape can change. A place's distance is the
-- minimum over the five zones nearest in degrees (fibre_distance_m); a zone changes it only if it
-- is, or was, the nearest (within the distance) or comes among the five ahead of the nearest,
-- which in New Caledonia's latitudes means within 1.09 times the distance: 1.2 keeps a margin.
-- Places with no distance (no zone deployed) are recomputed too. Mobile coverage edits are not
-- handled here: they change the coverage pieces, and refresh everything.
CREATE FUNCTION refresh_place_coverage_after_edits() RETURNS integer
LANGUAGE plpgsql SET search_path = public, pg_catalog AS $$
DECLARE
  settlement_ids integer[];
  school_ids integer[];
BEGIN
  WITH mine AS (
    SELECT h.table_name, h.feature_id, h.before, h.after FROM feature_history h
    WHERE h.at = now() AND h.xmin = pg_current_xact_id()::xid
      AND h.table_name IN ('schools', 'fibre_zones')
  ),
  shapes AS (
    SELECT ST_SetSRID(ST_GeomFromGeoJSON(s.shape->'geometry'), 4326) AS geom
    FROM mine m, LATERAL (VALUES (m.before), (m.after)) s(shape)
    WHERE m.table_name = 'fibre_zones' AND s.shape IS NOT NULL
  ),
  stale AS (
    SELECT 'school'::text AS kind, m.feature_id AS id FROM mine m WHERE m.table_name = 'schools'
    UNION
    SELECT p.kind, p.id FROM place_coverage p
    WHERE EXISTS (SELECT 1 FROM shapes) AND (
      p.distance_fibre_m IS NULL
      -- First in degrees, a superset (a degree is more than 100 km everywhere here), then on
      -- the spheroid.
      OR EXISTS (SELECT 1 FROM shapes z
                 WHERE ST_DWithin(p.geom, z.geom, (1.2 * p.distance_fibre_m + 1) / 100000.0)
                   AND ST_DWithin(p.geom::geography, z.geom::geography, 1.2 * p.distance_fibre_m + 1)))
  )
  SELECT coalesce(array_agg(id) FILTER (WHERE kind = 'settlement'), '{}'),
         coalesce(array_agg(id) FILTER (WHERE kind = 'school'), '{}')
  INTO settlement_ids, school_ids FROM stale;
  DELETE FROM place_coverage p
  WHERE (p.kind = 'settlement' AND p.id = ANY (settlement_ids)) OR (p.kind = 'school' AND p.id = ANY (school_ids));
  INSERT INTO place_coverage
  SELECT m.* FROM place_coverage_measured m
  WHERE (m.kind = 'settlement' AND m.id = ANY (settlement_ids)) OR (m.kind = 'school' AND m.id = ANY (school_ids));
  RETURN cardinality(settlement_ids) + cardinality(school_ids);
END
$$;
