// A commune's website, as small as it gets: a second HTTP server on 127.0.0.1 (another port, so
// another origin) whose one page is the HTML a test gives it, e.g. the embed's <iframe> snippet.
// Reached as http://127.0.0.1:port it is the same site as the app (cookies ignore ports); as
// http://localhost:port, another site.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FramingSite {
  /** The page's address under a host name that reaches this machine: `127.0.0.1` or `localhost`. */
  url(host: '127.0.0.1' | 'localhost'): string;
  /** What `/` answers from now on: a page of the website around `body`. */
  show(title: string, body: string): void;
  close(): Promise<void>;
}

export async function startFramingSite(): Promise<FramingSite> {
  let page = '<!doctype html><title>Empty</title>';
  const server = createServer((request, response) => {
    if (request.url !== '/') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (host) => `http://${host}:${port}/`,
    show(title, body) {
      page = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head><body style="margin:0;padding:16px;font-family:sans-serif;background:#f3efe6"><h1 style="margin:0 0 12px">${title}</h1>${body}</body></html>`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
