// Every parameter of the API, given something wrong: a 4xx with a JSON body that names it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { twoCommunes } from '../tests/fixtures/two-communes.ts';
import { useApi } from '../tests/support/api.ts';
import { testBackends } from '../tests/support/databases.ts';

interface ErrorBody {
  error: string;
  detail: string;
  parameter?: string;
}

const cases: [path: string, status: number, parameter: string | undefined, detail: RegExp][] = [
  ['/api/layers/nope', 404, 'id', /unknown layer "nope"/],
  ['/api/layers/schools?bbox=1,2,3', 400, 'bbox', /4 numbers/],
  ['/api/layers/schools?bbox=a,b,c,d', 400, 'bbox', /4 numbers/],
  ['/api/layers/schools?bbox=166,-22,,-21', 400, 'bbox', /4 numbers/],
  ['/api/layers/schools?bbox=167,-22,166,-21', 400, 'bbox', /min must be below max/],
  ['/api/layers/schools?bbox=166,-95,167,-21', 400, 'bbox', /within ±180/],
  ['/api/layers/schools?bbox=Infinity,-22,167,-21', 400, 'bbox', /4 numbers/],
  ['/api/layers/schools?zoom=-1', 400, 'zoom', /0 to 24/],
  ['/api/layers/schools?zoom=25', 400, 'zoom', /0 to 24/],
  ['/api/layers/schools?zoom=ten', 400, 'zoom', /0 to 24/],
  ['/api/layers/schools?zoom=', 400, 'zoom', /0 to 24/],
  ['/api/layers/schools?commune=Noumea', 400, 'commune', /INSEE/],
  ['/api/layers/schools?commune=98899', 404, 'commune', /98899/],
  [
    '/api/layers/wifi-terminals?status=open',
    400,
    'status',
    /unknown value "open".*active, maintenance, planned/,
  ],
  ['/api/layers/wifi-terminals?status=', 400, 'status', /one or more/],
  ['/api/layers/schools?status=fibre', 400, 'status', /unknown parameter "status".*connection/],
  ['/api/layers/schools?colour=red', 400, 'colour', /unknown parameter "colour"/],
  ["/api/layers/schools?connection=fibre'--", 400, 'connection', /unknown value/],
  ['/api/communes/abc', 400, 'insee', /INSEE/],
  ['/api/communes/98899', 404, 'insee', /98899/],
  ['/api/nothing-here', 404, undefined, /no such resource/],
  ['/api/gaps', 400, 'technology', /fibre, 4g, mobile/],
  ['/api/gaps?technology=5g', 400, 'technology', /fibre, 4g, mobile/],
  ['/api/gaps?technology=fibre&limit=0', 400, 'limit', /1 to 10000/],
  ['/api/gaps?technology=fibre&limit=ten', 400, 'limit', /1 to 10000/],
  ['/api/gaps?technology=fibre&limit=10001', 400, 'limit', /1 to 10000/],
  ['/api/gaps?technology=fibre&format=xlsx', 400, 'format', /json, csv or geojson/],
  ['/api/gaps?technology=fibre&commune=98899', 404, 'commune', /98899/],
  ['/api/gaps/places?commune=9881', 400, 'commune', /INSEE/],
  ['/api/gaps/white-zones?zoom=99', 400, 'zoom', /0 to 24/],
  ['/api/gaps/white-zones?commune=98899', 404, 'commune', /98899/],
  ['/api/stats/communes/98899', 404, 'insee', /98899/],
  ['/api/projects?commune=98899', 404, 'commune', /98899/],
  ['/api/projects?status=late', 400, 'status.0', /planned, studies, works, done, delayed, cancelled/],
  ['/api/projects?kind=bridge', 400, 'kind.0', /fibre_works/],
  ['/api/projects?from=2026-02-30', 400, 'from', /no such day/],
  ['/api/projects?to=31/12/2026', 400, 'to', /YYYY-MM-DD/],
  ['/api/projects?from=2026-06-01&to=2026-01-01', 400, 'from', /from must not be after to/],
  ['/api/projects?colour=red', 400, undefined, /colour/],
  ['/api/projects/abc', 400, 'id', /project number/],
  ['/api/projects/0', 400, 'id', /project number/],
  ['/api/projects/12345', 404, 'id', /12345/],
  ['/api/communes/98818/coordination?distance=-5', 400, 'distance', /0 to 5000/],
  ['/api/communes/98818/coordination?distance=9000', 400, 'distance', /0 to 5000/],
  ['/api/communes/98899/coordination', 404, 'commune', /98899/],
  ['/api/search', 400, 'q', /q/],
  ['/api/search?q=', 400, 'q', /some text/],
  ['/api/search?q=%20%20', 400, 'q', /some text/],
  [`/api/search?q=${'a'.repeat(101)}`, 400, 'q', /at most 100/],
  ['/api/search?q=kone&limit=0', 400, 'limit', /1 to 50/],
  ['/api/search?q=kone&limit=51', 400, 'limit', /1 to 50/],
];

for (const backend of testBackends()) {
  describe(`bad input (${backend})`, () => {
    const api = useApi(backend, twoCommunes);

    for (const [path, status, parameter, detail] of cases) {
      test(`${path} → ${status}${parameter ? ` naming ${parameter}` : ''}`, async () => {
        const res = await api.request(path);
        assert.equal(res.status, status);
        assert.match(res.headers.get('content-type') ?? '', /application\/json/);
        const body = (await res.json()) as ErrorBody;
        assert.equal(body.parameter, parameter);
        assert.match(body.detail, detail);
        assert.doesNotMatch(JSON.stringify(body), /SELECT|at .*\.ts:\d+/);
      });
    }

    test('a very long query string is refused cleanly, not with a 500', async () => {
      const res = await api.request(`/api/layers/schools?bbox=${'9'.repeat(10_000)}`);
      assert.equal(res.status, 400);
    });
  });
}
