// The mapfile that makes MapServer serve our layers as OGC API – Features from the same tables:
// each layer's DATA is a subquery returning the columns our /ogc items write, built from the
// layer catalogue (the attributes' SQL, then communeInsee, communeName, source), so both servers
// read the same rows and write the same properties.
import type { LayerDef } from '../../server/layers/catalogue.ts';

const TYPES: Record<LayerDef['geometryType'], string> = {
  Point: 'POINT',
  LineString: 'LINE',
  MultiPolygon: 'POLYGON',
};

/** A mapfile string literal: double quotes, with backslashes and quotes escaped. */
const quoted = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** libpq's key=value connection string of a postgres:// URL. */
function connection(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return [
    `host=${url.hostname}`,
    `port=${url.port || '5432'}`,
    `dbname=${decodeURIComponent(url.pathname.slice(1))}`,
    `user=${decodeURIComponent(url.username) || 'postgres'}`,
    ...(url.password ? [`password=${decodeURIComponent(url.password)}`] : []),
  ].join(' ');
}

/** The subquery of a layer: our properties, by the names our GeoJSON gives them. */
export function layerSubquery(layer: LayerDef): string {
  const isCommunes = layer.table === 'communes';
  const columns = [
    `${isCommunes ? 't.insee' : 't.id'} AS id`,
    't.geom',
    ...layer.attributes.map((a) => `${a.sql} AS "${a.name}"`),
    ...(isCommunes
      ? []
      : ['t.commune_insee AS "communeInsee"', 'c.name AS "communeName"', 't.source AS "source"']),
  ];
  const join = isCommunes ? '' : ' JOIN communes c ON c.insee = t.commune_insee';
  return `SELECT ${columns.join(', ')} FROM ${layer.table} t${join}`;
}

function layerBlock(layer: LayerDef, databaseUrl: string): string {
  return `  LAYER
    NAME ${quoted(layer.id)}
    TYPE ${TYPES[layer.geometryType]}
    STATUS ON
    CONNECTIONTYPE POSTGIS
    CONNECTION ${quoted(connection(databaseUrl))}
    # Keep the connection open between requests: each FastCGI worker reuses its own.
    PROCESSING "CLOSE_CONNECTION=DEFER"
    DATA ${quoted(`geom FROM (${layerSubquery(layer)}) AS t USING UNIQUE id USING SRID=4326`)}
    PROJECTION "init=epsg:4326" END
    METADATA
      "ows_title" ${quoted(layer.title.en)}
      "gml_include_items" "all"
      "gml_featureid" "id"
    END
    TEMPLATE "VOID"
  END`;
}

export function ogcMapfile(layers: LayerDef[], databaseUrl: string, ogcApiUrl: string): string {
  return `MAP
  NAME "nc"
  EXTENT 163 -23 169 -19
  PROJECTION "init=epsg:4326" END
  WEB
    METADATA
      "ows_title" "New Caledonia infrastructure"
      "ows_enable_request" "*"
      "oga_onlineresource" ${quoted(ogcApiUrl)}
      "oga_html_template_directory" "/usr/share/mapserver/ogcapi/templates/html-plain/"
      "oga_max_limit" "10000"
    END
  END
${layers.map((layer) => layerBlock(layer, databaseUrl)).join('\n')}
END
`;
}
