-- PostGIS first: every later table stores geometry(…, 4326).
CREATE EXTENSION IF NOT EXISTS postgis;
