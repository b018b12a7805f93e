-- The data's "as of" date, and projects that govern the features they build (issue 9, items 2
-- and 3). The words are in server/glossary/terms.ts.
--
-- The as-of date: the day the data stands at. Lateness, "in progress", coordination windows and
-- the rollout are measured against it, never against the clock, so that a sample generated on
-- 2026-06-30 reads the same on any day. NULL means the data is kept up to date: today in New
-- Caledonia. One row, always.
CREATE TABLE dataset (
  only_row boolean PRIMARY KEY DEFAULT true CONSTRAINT dataset_one_row_ck CHECK (only_row),
  as_of date,
  updated_at timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
INSERT INTO dataset (as_of) VALUES (NULL);
--> statement-breakpoint
CREATE FUNCTION dataset_as_of() RETURNS date
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = public, pg_catalog AS $$
  SELECT coalesce((SELECT as_of FROM dataset), (now() AT TIME ZONE 'Pacific/Noumea')::date)
$$;
--> statement-breakpoint
-- Deployed means deployed on or before the as-of date.
CREATE OR REPLACE VIEW deployed_fibre_zones AS
SELECT z.* FROM fibre_zones z
WHERE z.status = 'deployed' AND z.deployed_on <= dataset_as_of();
--> statement-breakpoint
-- Where a project stands at the as-of date: 'done' and 'cancelled' as recorded; 'late' when
-- marked delayed, or unfinished past its planned end, or not started past its planned start;
-- 'ongoing' (in progress) when started, or in works; 'upcoming' otherwise. The only definition:
-- the API returns it with every project, the pages count it.
CREATE FUNCTION project_progress(p projects) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = public, pg_catalog AS $$
  SELECT CASE
    WHEN p.status IN ('done', 'cancelled') THEN p.status::text
    WHEN p.status = 'delayed'
      OR p.planned_end < dataset_as_of()
      OR (p.actual_start IS NULL AND p.planned_start < dataset_as_of()) THEN 'late'
    WHEN p.actual_start IS NOT NULL OR p.status = 'works' THEN 'ongoing'
    ELSE 'upcoming'
  END
$$;
--> statement-breakpoint
-- The days an unfinished project still occupies from the as-of date on: from its (actual or
-- planned) start, or the as-of date if later, to its planned end, or the as-of date if that is
-- past (a late project is still under way). Empty for finished or cancelled ones. Coordination
-- proposes only windows within it, so never one that is over.
CREATE FUNCTION project_remaining_period(p projects) RETURNS daterange
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = public, pg_catalog AS $$
  SELECT CASE WHEN p.status IN ('done', 'cancelled') THEN 'empty'::daterange
    ELSE daterange(greatest(coalesce(p.actual_start, p.planned_start), dataset_as_of()),
                   greatest(p.planned_end, dataset_as_of()), '[]')
  END
$$;
--> statement-breakpoint
-- Projects govern the features they build. The project is the source of the schedule and its
-- feature follows: a fibre zone's status, planned year (its project's planned end) and
-- deployment date (its project's actual end); a PO box block's, a Wi-Fi terminal's and a mobile
-- site's status and date of service. A cancelled project governs nothing, nor does a school
-- connection (which link a school gets is recorded on the school). `governing_project` says
-- which project governs a feature: the latest open or done one linked to it.
CREATE FUNCTION governing_project(layer text, feature integer) RETURNS projects
LANGUAGE sql STABLE SET search_path = public, pg_catalog AS $$
  SELECT p.* FROM projects p
  WHERE p.layer_id = layer AND p.feature_id = feature AND p.status <> 'cancelled'
    AND layer IN ('fibre-zones', 'po-boxes', 'wifi-terminals', 'mobile-sites')
  ORDER BY p.planned_end DESC, p.id DESC
  LIMIT 1
$$;
--> statement-breakpoint
-- A fibre zone's status from its project's: done → deployed; works, or delayed once started →
-- works; studies → studies; planned → planned; delayed before any start keeps the zone's own
-- planned or studies stage (a zone cannot be deployed while its project is unfinished).
CREATE FUNCTION zone_status_of(p projects, current fibre_zone_status) RETURNS fibre_zone_status
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN p.status = 'done' THEN 'deployed'
    WHEN p.status = 'works' OR (p.status = 'delayed' AND p.actual_start IS NOT NULL) THEN 'works'
    WHEN p.status = 'studies' THEN 'studies'
    WHEN p.status = 'planned' THEN 'planned'
    WHEN current IN ('planned', 'studies') THEN current
    ELSE 'studies'
  END::fibre_zone_status
$$;
--> statement-breakpoint
-- Applies a governing project to its feature (called after a project is written). Writes only
-- what differs, so that an unchanged feature keeps its updated_at.
CREATE FUNCTION follow_project(layer text, feature integer) RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_catalog AS $$
DECLARE
  p projects := governing_project(layer, feature);
BEGIN
  IF p.id IS NULL THEN
    RETURN;
  END IF;
  IF layer = 'fibre-zones' THEN
    UPDATE fibre_zones z
    SET status = zone_status_of(p, z.status),
        planned_year = extract(year FROM p.planned_end)::int,
        deployed_on = p.actual_end
    WHERE z.id = feature
      AND (z.status, z.planned_year, z.deployed_on) IS DISTINCT FROM
          (zone_status_of(p, z.status), extract(year FROM p.planned_end)::int, p.actual_end);
  ELSIF layer = 'po-boxes' THEN
    UPDATE po_box_blocks b
    SET status = CASE WHEN p.status = 'done' THEN 'installed' ELSE 'planned' END::po_box_status,
        installed_on = p.actual_end
    WHERE b.id = feature AND b.installed_on IS DISTINCT FROM p.actual_end;
  ELSIF layer = 'wifi-terminals' THEN
    UPDATE wifi_terminals w
    SET status = CASE WHEN p.status <> 'done' THEN 'planned'
                      WHEN w.status = 'planned' THEN 'active' ELSE w.status END::wifi_status,
        in_service_since = p.actual_end
    WHERE w.id = feature AND w.in_service_since IS DISTINCT FROM p.actual_end;
  ELSIF layer = 'mobile-sites' THEN
    UPDATE mobile_sites s
    SET status = CASE WHEN p.status = 'done' THEN 'on-air' ELSE 'planned' END::mobile_site_status
    WHERE s.id = feature
      AND s.status IS DISTINCT FROM CASE WHEN p.status = 'done' THEN 'on-air' ELSE 'planned' END::mobile_site_status;
  END IF;
END
$$;
--> statement-breakpoint
CREATE FUNCTION projects_follow() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_catalog AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.layer_id IS NOT NULL THEN
    PERFORM follow_project(OLD.layer_id, OLD.feature_id);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.layer_id IS NOT NULL THEN
    PERFORM follow_project(NEW.layer_id, NEW.feature_id);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER projects_follow AFTER INSERT OR UPDATE OR DELETE ON projects
FOR EACH ROW EXECUTE FUNCTION projects_follow();
--> statement-breakpoint
-- The other way round is refused: a governed column of a feature may change only to what its
-- project says, so that a layer and the project building it can never disagree. The message
-- names the project to edit instead.
CREATE FUNCTION governed_feature_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_catalog AS $$
DECLARE
  layer text := TG_ARGV[0];
  p projects := governing_project(layer, NEW.id);
  agrees boolean;
BEGIN
  IF p.id IS NULL THEN
    RETURN NEW;
  END IF;
  -- One branch per table: plpgsql resolves NEW's fields when it plans each statement.
  IF layer = 'fibre-zones' THEN
    agrees := (NEW.status::text, NEW.planned_year, NEW.deployed_on) IS NOT DISTINCT FROM
              (zone_status_of(p, OLD.status)::text, extract(year FROM p.planned_end)::int, p.actual_end);
  ELSIF layer = 'po-boxes' THEN
    agrees := NEW.installed_on IS NOT DISTINCT FROM p.actual_end;
  ELSIF layer = 'wifi-terminals' THEN
    agrees := NEW.in_service_since IS NOT DISTINCT FROM p.actual_end;
  ELSE
    agrees := (NEW.status = 'on-air') = (p.status = 'done');
  END IF;
  IF NOT agrees THEN
    RAISE EXCEPTION 'the schedule of % % is governed by project %: change the project instead', layer, NEW.id, p.id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'governed_by_project';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER fibre_zones_governed BEFORE UPDATE OF status, planned_year, deployed_on ON fibre_zones
FOR EACH ROW EXECUTE FUNCTION governed_feature_guard('fibre-zones');
--> statement-breakpoint
CREATE TRIGGER po_box_blocks_governed BEFORE UPDATE OF status, installed_on ON po_box_blocks
FOR EACH ROW EXECUTE FUNCTION governed_feature_guard('po-boxes');
--> statement-breakpoint
CREATE TRIGGER wifi_terminals_governed BEFORE UPDATE OF status, in_service_since ON wifi_terminals
FOR EACH ROW EXECUTE FUNCTION governed_feature_guard('wifi-terminals');
--> statement-breakpoint
CREATE TRIGGER mobile_sites_governed BEFORE UPDATE OF status ON mobile_sites
FOR EACH ROW EXECUTE FUNCTION governed_feature_guard('mobile-sites');
