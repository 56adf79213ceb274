/** A tiny HTTP server on 127.0.0.1 (random port) serving fixture pages built in memory. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixturePage {
  /** Text, or bytes (a PDF). */
  body: string | Uint8Array;
  headers?: Record<string, string>;
}

export interface FixtureServer {
  origin: string;
  /** Registers (or replaces) a page; returns its absolute URL. */
  add(path: string, page: FixturePage): string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const pages = new Map<string, FixturePage>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const page = pages.get(path);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...page.headers });
    res.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    add(path, page) {
      pages.set(path, page);
      return origin + path;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
