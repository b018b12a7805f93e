// A known API path asked with a method it does not take answers 405 with the methods it does take
// (RFC 9110 §15.5.6), and OPTIONS answers 204 with the same list; unknown paths stay 404. The table
// comes from the app's own routes (hono's method-not-allowed middleware reads `app.routes`), so a
// new route is covered without being listed here. Same origin only: no CORS headers.
import type { Hono } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { errorBody } from '../errors.ts';

/** Register before the routes it guards, on the app the routes end up in (it reads its table lazily). */
export function allowedMethods(app: Hono) {
  return methodNotAllowed({
    app,
    onMethodNotAllowed: (c, methods) => {
      const allow = [...methods, 'OPTIONS'].join(', ');
      if (c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: allow });
      return c.json(
        errorBody(405, `${c.req.method} is not allowed on ${c.req.path}; allowed: ${allow}`),
        405,
        { Allow: allow },
      );
    },
  });
}
