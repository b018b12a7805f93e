-- Derived analysis for the planners (issue #3), as materialized views: computed by PostGIS once
-- after the layers change (refreshAnalysis() in db/analysis.ts, which the seed calls), then read
-- by the gaps, stats and area endpoints in milliseconds.
--
-- Coverage areas cut into pieces of at most 128 vertices, so that point-in-polygon tests and
-- distances stay cheap however large the union of sites' coverage grows.
CREATE MATERIALIZED VIEW coverage_parts AS
SELECT m.technology, m.level, m.commune_insee, ST_Subdivide(m.geom, 128) AS geom
FROM mobile_coverage m;
--> statement-breakpoint
CREATE INDEX coverage_parts_geom_idx ON coverage_parts USING gist (geom);
--> statement-breakpoint
-- The demand side of gap analysis: every settlement and school with the people it stands for,
-- whether deployed fibre, 4G and any mobile service reach it, and how far the nearest network
-- is, in metres on the ground (geography). One definition, read by gaps, stats and areas.
--
-- Fibre reaches a place inside a deployed zone; the distance to fibre is to the nearest deployed
-- zone or deployed cable. 4G and mobile reach a place inside a coverage area of any level.
-- Nearest candidates come from the GiST index (KNN `<->`, in degrees); the exact distance is then
-- measured on the spheroid among the five nearest, which absorbs the degree/metre distortion.
CREATE MATERIALIZED VIEW place_coverage AS
WITH places AS (
  SELECT 'settlement'::text AS kind, s.id, s.name, s.kind::text AS category, s.commune_insee,
         s.population AS people, s.geom
  FROM settlements s
  UNION ALL
  SELECT 'school'::text, sc.id, sc.name, sc.level::text, sc.commune_insee, sc.pupils, sc.geom
  FROM schools sc
),
flagged AS (
  SELECT p.*,
         EXISTS (SELECT 1 FROM fibre_zones z
                 WHERE z.status = 'deployed' AND ST_Intersects(z.geom, p.geom)) AS fibre,
         EXISTS (SELECT 1 FROM coverage_parts m
                 WHERE m.technology = '4G' AND ST_Intersects(m.geom, p.geom)) AS g4,
         EXISTS (SELECT 1 FROM coverage_parts m WHERE ST_Intersects(m.geom, p.geom)) AS mobile
  FROM places p
)
-- A covered place is 0 m from its network: the distance is only measured for the others.
SELECT f.kind, f.id, f.name, f.category, f.commune_insee, f.people, f.geom, f.fibre, f.g4, f.mobile,
       CASE WHEN f.fibre THEN 0 ELSE
       (SELECT round(min(ST_Distance(n.geom::geography, f.geom::geography)))::int
        FROM (
          (SELECT z.geom FROM fibre_zones z WHERE z.status = 'deployed' ORDER BY z.geom <-> f.geom LIMIT 5)
          UNION ALL
          (SELECT k.geom FROM fibre_cables k WHERE k.status = 'deployed' ORDER BY k.geom <-> f.geom LIMIT 5)
        ) n) END AS distance_fibre_m,
       CASE WHEN f.g4 THEN 0 ELSE
       (SELECT round(min(ST_Distance(n.geom::geography, f.geom::geography)))::int
        FROM (SELECT m.geom FROM coverage_parts m WHERE m.technology = '4G'
              ORDER BY m.geom <-> f.geom LIMIT 5) n) END AS distance_4g_m,
       CASE WHEN f.mobile THEN 0 ELSE
       (SELECT round(min(ST_Distance(n.geom::geography, f.geom::geography)))::int
        FROM (SELECT m.geom FROM coverage_parts m ORDER BY m.geom <-> f.geom LIMIT 5) n) END AS distance_mobile_m
FROM flagged f;
--> statement-breakpoint
CREATE UNIQUE INDEX place_coverage_key ON place_coverage (kind, id);
--> statement-breakpoint
CREATE INDEX place_coverage_commune_idx ON place_coverage (commune_insee);
--> statement-breakpoint
CREATE INDEX place_coverage_geom_idx ON place_coverage USING gist (geom);
--> statement-breakpoint
-- Land that no mobile service reaches, per commune, one row per separate piece, with its area
-- and the people of the uncovered settlements living in it. The overlay runs on a 1e-6° grid
-- (~0.1 m): coverage bands share edges, and the unsnapped union fails on them in some GEOS builds.
CREATE MATERIALIZED VIEW white_zones AS
WITH uncovered AS (
  SELECT c.insee, c.name,
         ST_CollectionExtract(ST_Difference(c.geom, coalesce(
           (SELECT ST_Union(m.geom, 1e-6) FROM mobile_coverage m WHERE m.commune_insee = c.insee),
           ST_GeomFromText('POLYGON EMPTY', 4326)), 1e-6), 3) AS geom
  FROM communes c
),
pieces AS (
  SELECT u.insee, u.name, (ST_Dump(u.geom)).geom AS geom FROM uncovered u
),
measured AS (
  SELECT pc.insee, pc.name, pc.geom,
         round((ST_Area(pc.geom::geography) / 1e6)::numeric, 3)::float8 AS area_km2,
         (SELECT coalesce(sum(s.population), 0)::int FROM settlements s
          WHERE s.commune_insee = pc.insee AND ST_Intersects(s.geom, pc.geom)) AS population
  FROM pieces pc
)
-- Slivers left where coverage was clipped to commune edges are dropped, unless someone lives there.
SELECT row_number() OVER (ORDER BY m.insee, ST_XMin(m.geom), ST_YMin(m.geom))::int AS id,
       m.insee AS commune_insee, m.name AS commune_name,
       ST_Multi(m.geom)::geometry(MultiPolygon, 4326) AS geom, m.area_km2, m.population
FROM measured m
WHERE m.area_km2 >= 0.01 OR m.population > 0;
--> statement-breakpoint
CREATE INDEX white_zones_commune_idx ON white_zones (commune_insee);
