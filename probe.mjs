import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
const t0 = Date.now();
const db = new PGlite('/tmp/pgl-probe', { extensions: { postgis } });
await db.exec('CREATE EXTENSION IF NOT EXISTS postgis');
console.log('ext', Date.now() - t0);
for (const q of [
 "select postgis_full_version() v",
 "select ST_AsText(ST_VoronoiPolygons(ST_Collect(ARRAY[ST_MakePoint(0,0),ST_MakePoint(1,1),ST_MakePoint(0,1)]))) v",
 "select ST_Area(ST_Buffer(ST_MakePoint(166,-22)::geography, 1000)) v",
 "select ST_AsGeoJSON(t.*, 'g', 5) v from (select 1 as id, 'a' as name, ST_MakePoint(166,-22) g) t",
 "select ST_AsText(ST_Union(ARRAY[ST_Buffer(ST_MakePoint(0,0),1), ST_Buffer(ST_MakePoint(1,0),1)])) is not null v",
 "select ST_AsText(ST_MakeValid(ST_GeomFromText('POLYGON((0 0,1 1,1 0,0 1,0 0))'))) v",
 "select ST_AsMVT(q) v from (select 1) q",
]) { try { const r = await db.query(q); console.log(JSON.stringify(r.rows[0]).slice(0,300)); } catch (e) { console.log('ERR', q.slice(0,60), e.message); } }
console.log('total', Date.now() - t0);
