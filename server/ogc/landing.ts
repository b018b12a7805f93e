// The landing page (/ogc, OGC API Features Part 1, /req/core/root-success): what the API is and
// the links clients start from; QGIS needs `service-desc` and `data`.
export const OPENAPI_TYPE = 'application/vnd.oai.openapi+json;version=3.0';

export function landingPage(base: string) {
  return {
    title: 'Infrastructures télécom de Nouvelle-Calédonie',
    description:
      'OGC API – Features: fibre, mobile, postal, Wi-Fi and school layers of New Caledonia (Parts 1 to 4; planners edit with an API token).',
    links: [
      { href: base, rel: 'self', type: 'application/json', title: 'This document' },
      { href: `${base}?f=html`, rel: 'alternate', type: 'text/html', title: 'This document as HTML' },
      {
        href: `${base}/api`,
        rel: 'service-desc',
        type: OPENAPI_TYPE,
        title: 'The API definition (OpenAPI 3.0)',
      },
      { href: `${base}/api?f=html`, rel: 'service-doc', type: 'text/html', title: 'The API documentation' },
      {
        href: `${base}/conformance`,
        rel: 'conformance',
        type: 'application/json',
        title: 'Conformance classes',
      },
      { href: `${base}/collections`, rel: 'data', type: 'application/json', title: 'The collections' },
    ],
  };
}
