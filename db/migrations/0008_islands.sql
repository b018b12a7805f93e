-- The islands (issue #9): the public's "nearest terminal" must not send someone on Île des Pins
-- walking to Nouméa. Every commune is land cut from the territory's island polygons, so the
-- polygon parts of the communes, clustered where they touch (within about 50 m, the seams of
-- commune boundaries), are the islands. Refreshed with the other derived views (db/analysis.ts).
CREATE MATERIALIZED VIEW islands AS
WITH parts AS (
  SELECT (ST_Dump(geom)).geom AS geom FROM communes
),
clustered AS (
  SELECT geom, ST_ClusterDBSCAN(geom, eps := 0.0005, minpoints := 1) OVER () AS cluster
  FROM parts
)
SELECT row_number() OVER (ORDER BY ST_Area(ST_Union(geom)) DESC)::int AS id,
       ST_Multi(ST_Union(geom)) AS geom
FROM clustered
GROUP BY cluster;
--> statement-breakpoint
CREATE UNIQUE INDEX islands_id_idx ON islands (id);
--> statement-breakpoint
CREATE INDEX islands_geom_idx ON islands USING gist (geom);
--> statement-breakpoint
-- The island a point stands on: the one containing it, else the nearest within `tolerance_m`
-- metres (a position on the beach, a pier, a coastline drawn at 1:10 000 000); null at sea.
CREATE FUNCTION island_of(point geometry, tolerance_m double precision DEFAULT 2000)
RETURNS integer LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT i.id FROM islands i
  WHERE ST_DWithin(i.geom::geography, point::geography, tolerance_m)
  ORDER BY i.geom <-> point, i.id
  LIMIT 1
$$;
