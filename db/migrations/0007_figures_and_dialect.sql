-- One definition per figure, computed once in SQL (issue 9; the words are in
-- server/glossary/terms.ts), and one spelling per enumerated value.
--
-- Mobile technologies are spelled lowercase everywhere, as the gaps' technology choice already is.
ALTER TYPE mobile_technology RENAME VALUE '2G' TO '2g';
--> statement-breakpoint
ALTER TYPE mobile_technology RENAME VALUE '3G' TO '3g';
--> statement-breakpoint
ALTER TYPE mobile_technology RENAME VALUE '4G' TO '4g';
--> statement-breakpoint
ALTER TYPE mobile_technology RENAME VALUE '5G' TO '5g';
--> statement-breakpoint
-- Fibre zones deployed as of the data's as-of date: the only place that says what "deployed" is.
-- Distances to fibre, coverage by fibre and premises passed all read this view.
CREATE VIEW deployed_fibre_zones AS
SELECT z.* FROM fibre_zones z
-- as-of: once dataset_as_of() exists, this becomes `WHERE z.deployed_on <= dataset_as_of()`.
WHERE z.status = 'deployed';
--> statement-breakpoint
-- Distance to fibre, in metres on the ground, from a geometry to the nearest deployed fibre zone;
-- 0 inside one, at least 1 outside (so that "covered" and "0 m" are the same thing), NULL when no
-- zone is deployed. Backbone and distribution cables do not count: they serve no premises.
-- Nearest candidates come from the GiST index (KNN `<->`, in degrees); the exact distance is then
-- measured on the spheroid among the five nearest, which absorbs the degree/metre distortion.
-- search_path is set because PostgreSQL 17+ refreshes materialized views under pg_catalog.
CREATE FUNCTION fibre_distance_m(g geometry) RETURNS integer
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = public, pg_catalog AS $$
  SELECT CASE
    WHEN EXISTS (SELECT 1 FROM deployed_fibre_zones z WHERE ST_Intersects(z.geom, g)) THEN 0
    ELSE (SELECT greatest(1, round(d))::int
          FROM (SELECT min(ST_Distance(n.geom::geography, g::geography)) AS d
                FROM (SELECT z.geom FROM deployed_fibre_zones z ORDER BY z.geom <-> g LIMIT 5) n) m
          WHERE d IS NOT NULL)
  END
$$;
--> statement-breakpoint
-- Distance to a mobile technology (`tech`), or to any mobile service (`tech` NULL): to the nearest
-- coverage area of any level, the same way as fibre: 0 inside, at least 1 outside, NULL if none.
CREATE FUNCTION coverage_distance_m(g geometry, tech mobile_technology) RETURNS integer
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = public, pg_catalog AS $$
  SELECT CASE
    WHEN EXISTS (SELECT 1 FROM coverage_parts m
                 WHERE (tech IS NULL OR m.technology = tech) AND ST_Intersects(m.geom, g)) THEN 0
    ELSE (SELECT greatest(1, round(d))::int
          FROM (SELECT min(ST_Distance(n.geom::geography, g::geography)) AS d
                FROM (SELECT m.geom FROM coverage_parts m WHERE tech IS NULL OR m.technology = tech
                      ORDER BY m.geom <-> g LIMIT 5) n) x
          WHERE d IS NOT NULL)
  END
$$;
--> statement-breakpoint
DROP MATERIALIZED VIEW place_coverage;
--> statement-breakpoint
-- The demand side of gap analysis: every settlement (its inhabitants) and school (its pupils),
-- never one count for both, with its distances to each network from the functions above and
-- "covered" as distance 0. Read by gaps, stats and areas; /api/here calls the same functions.
CREATE MATERIALIZED VIEW place_coverage AS
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
CREATE UNIQUE INDEX place_coverage_key ON place_coverage (kind, id);
--> statement-breakpoint
CREATE INDEX place_coverage_commune_idx ON place_coverage (commune_insee);
--> statement-breakpoint
CREATE INDEX place_coverage_geom_idx ON place_coverage USING gist (geom);
