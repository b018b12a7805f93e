-- updated_at follows every UPDATE, whoever writes: a trigger rather than trusting each writer.
CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['provinces','communes','settlements','fibre_zones','fibre_cables',
                           'mobile_coverage','mobile_sites','po_box_blocks','wifi_terminals','schools']
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION touch_updated_at()',
                   t || '_touch_updated_at', t);
  END LOOP;
END;
$$;
