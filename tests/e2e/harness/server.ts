/**
 * A static file server on 127.0.0.1 for e2e fixture pages. Pages live in
 * `tests/e2e/pages/`; a test may also register generated pages with `server.route()`.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export const PAGES_DIR = resolve(import.meta.dirname, '..', 'pages');

export interface FixtureServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  url(path: string): string;
  /** Serve generated content at `path` (overrides files). */
  route(path: string, body: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

export async function startServer(root = PAGES_DIR): Promise<FixtureServer> {
  const routes = new Map<string, { body: string; headers: Record<string, string> }>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const routed = routes.get(path);
    if (routed) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, ...routed.headers });
      res.end(routed.body);
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => `${origin}${p.startsWith('/') ? p : `/${p}`}`,
    route: (p, body, headers = {}) => void routes.set(p, { body, headers }),
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
