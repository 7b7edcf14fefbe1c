import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildManagedSchema } from '../../lib/config/managed-schema';
import { EXTENSION_DIR, launchWithExtension } from '../../scripts/browser';

const ALL_SITES = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*'];

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  storage?: { managed_schema?: string };
  content_scripts?: { matches: string[] }[];
}

const manifest = JSON.parse(
  readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'),
) as Manifest;

describe('built manifest', () => {
  test('has optional host permissions', () => {
    expect(manifest.optional_host_permissions).toEqual(
      expect.arrayContaining(['https://*/*', 'http://*/*']),
    );
  });

  test('grants no site up front', () => {
    for (const pattern of manifest.host_permissions ?? [])
      expect(ALL_SITES, pattern).not.toContain(pattern);
    const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
    for (const pattern of matches) expect(ALL_SITES, pattern).not.toContain(pattern);
  });

  test('asks for scripting', () => {
    expect(manifest.permissions).toContain('scripting');
  });

  test('ships current managed schema', () => {
    const file = manifest.storage?.managed_schema;
    expect(file).toBe('managed_schema.json');
    const schemaPath = path.join(EXTENSION_DIR, file!);
    expect(existsSync(schemaPath)).toBe(true);
    expect(JSON.parse(readFileSync(schemaPath, 'utf8'))).toEqual(buildManagedSchema());
  });

  test('Chromium accepts managed schema', async () => {
    // Chromium refuses to load an extension whose managed schema it cannot parse, so a
    // running worker whose managed storage responds proves the schema was accepted.
    const browser = await launchWithExtension({ headless: true });
    try {
      const managed = await browser.worker.evaluate(() =>
        (
          globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<object> } } } }
        ).chrome.storage.managed.get(),
      );
      expect(managed).toEqual({});
    } finally {
      await browser.close();
    }
  });
});
