-- Search by name for the public (issue #5): communes, settlements and tribus, Wi-Fi sites and
-- schools in one materialized view, their names folded to lower case without accents, with a
-- trigram index for prefix and fuzzy matching. Refreshed with the other derived views.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- Qualified names: PostgreSQL 17+ refreshes materialized views with search_path = pg_catalog, so
-- the body must not depend on it (PGlite runs 17+, the server may run older).
CREATE FUNCTION fold_name(name text) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT trim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, name)), '[^a-z0-9]+', ' ', 'g'))
$$;
--> statement-breakpoint
CREATE MATERIALIZED VIEW search_entries AS
WITH entries AS (
  SELECT 'commune'::text AS kind, c.insee AS ref, c.name AS label, NULL::text AS category,
         c.insee AS commune_insee, c.town AS geom, 0 AS kind_rank
  FROM communes c
  UNION ALL
  SELECT CASE WHEN s.kind = 'tribu' THEN 'tribu' ELSE 'settlement' END, s.id::text, s.name, s.kind::text,
         s.commune_insee, s.geom, CASE WHEN s.kind = 'tribu' THEN 2 ELSE 1 END
  FROM settlements s
  UNION ALL
  SELECT 'wifi', w.id::text, w.site_name, w.status::text, w.commune_insee, w.geom, 3
  FROM wifi_terminals w
  UNION ALL
  SELECT 'school', sc.id::text, sc.name, sc.level::text, sc.commune_insee, sc.geom, 4
  FROM schools sc
)
-- Folded: lower case, no accents, punctuation as single spaces ("Mont-Dore" = "mont dore").
SELECT e.*, public.fold_name(e.label) AS folded FROM entries e;
--> statement-breakpoint
CREATE UNIQUE INDEX search_entries_key ON search_entries (kind, ref);
--> statement-breakpoint
CREATE INDEX search_entries_trgm_idx ON search_entries USING gin (folded gin_trgm_ops);
