/**
 * A minimal static file server for dist/, the way a static host serves it:
 * directories serve index.html, unknown paths 404 with dist/404.html. With a
 * `base` (`/alk/`), dist/ is served under that path only, as a host serves a
 * site published at `https://example.gov.cn/alk/`: every other path is a 404.
 * Used by the site tests so that Chromium loads the real built files over HTTP.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/'));
  if (path.includes('..')) return undefined;
  let file = join(root, path);
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return undefined;
  }
}

export interface ServeOptions {
  /** The port, or 0 (default) for any free one. */
  port?: number;
  /** The path dist/ is served under, starting and ending with `/` (default `/`). */
  base?: string;
}

/** Serves `root`; `url` is the server's origin (without the base). */
export function serveDist(
  root: string,
  { port = 0, base = '/' }: ServeOptions = {},
): Promise<{ server: Server; url: string }> {
  if (!base.startsWith('/') || !base.endsWith('/'))
    throw new Error(`serveDist: base must start and end with "/" (got "${base}")`);
  const server = createServer(async (req, res) => {
    const path = req.url ?? '/';
    // `/alk` → `/alk/`, as static hosts redirect a directory asked for without its slash.
    if (base !== '/' && path.split('?')[0] === base.slice(0, -1)) {
      res.writeHead(301, { location: base });
      res.end();
      return;
    }
    const file = path.startsWith(base)
      ? await resolveFile(root, `/${path.slice(base.length)}`)
      : undefined;
    if (!file) {
      res.writeHead(404, { 'content-type': types['.html']! });
      res.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${actual}` });
    });
  });
}
