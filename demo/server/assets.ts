import { readFileSync } from 'node:fs';
import type { Reply } from './http';

/** Reads a browser script once and returns a function that serves it. */
export function scriptAsset(file: URL): () => Reply {
  let source: string | undefined;
  return () => {
    source ??= readFileSync(file, 'utf8');
    return {
      status: 200,
      headers: { 'content-type': 'text/javascript; charset=utf-8' },
      body: source,
    };
  };
}
