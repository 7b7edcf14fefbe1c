import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the double received. */
export interface Received {
  method: string;
  path: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export type Handler = (request: Received) => Reply | Promise<Reply>;

/** An in-process HTTP server on 127.0.0.1 standing in for a vendor API in contract tests. */
export interface ApiDouble {
  origin: string;
  received: Received[];
  close(): Promise<void>;
}

/** Starts a double on a free port; `handler` plays the vendor's documented behaviour. */
export async function startDouble(handler: Handler): Promise<ApiDouble> {
  const received: Received[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const entry: Received = {
        method: request.method ?? 'GET',
        path: url.pathname,
        url,
        headers: request.headers,
        body: text ? JSON.parse(text) : undefined,
      };
      received.push(entry);
      void Promise.resolve(handler(entry)).then((reply) => {
        const body = reply.body === undefined ? '' : JSON.stringify(reply.body);
        const type = body ? { 'content-type': 'application/json' } : {};
        response.writeHead(reply.status ?? 200, { ...type, ...reply.headers });
        response.end(body);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A secret lookup that returns `token` for every id. */
export const secretsOf = (token: string) => async () => token;
