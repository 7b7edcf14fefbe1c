import { describe, expect, test } from 'vitest';
import { DEMO_WORKSPACE } from '../../../lib/config/demo-workspace';
import { exportWorkspace } from '../../../lib/config/export';
import { parseWorkspace } from '../../../lib/config/validate';
import { deleteSecret, secretStatus, writeSecret } from '../../../lib/service/secret-store';
import { readSecret, SECRETS_KEY } from '../../../lib/service/secrets';
import { MemoryArea } from './memory-area';

const TOKEN = 'pat-na1-0f3c9a52-77d1-4b1e-9e0a-5a1c2d3e1234';

describe('secret store', () => {
  test('stores token under its id', async () => {
    const local = new MemoryArea();
    await writeSecret(local, 'crm', TOKEN);
    expect(await readSecret(local, 'crm')).toBe(TOKEN);
  });

  test('status shows last four only', async () => {
    const local = new MemoryArea();
    const status = await writeSecret(local, 'crm', TOKEN);
    expect(status).toEqual({ saved: true, last4: '1234' });
    expect(JSON.stringify(status)).not.toContain(TOKEN.slice(0, -4));
  });

  test('short token shows no characters', async () => {
    const local = new MemoryArea();
    expect(await writeSecret(local, 'crm', 'abc123')).toEqual({ saved: true });
  });

  test('reports missing tokens', async () => {
    const local = new MemoryArea();
    await writeSecret(local, 'crm', TOKEN);
    expect(await secretStatus(local, ['crm', 'books'])).toEqual({
      crm: { saved: true, last4: '1234' },
      books: { saved: false },
    });
  });

  test('keeps other tokens', async () => {
    const local = new MemoryArea({ [SECRETS_KEY]: { books: 'demo-books-token' } });
    await writeSecret(local, 'crm', TOKEN);
    expect(await readSecret(local, 'books')).toBe('demo-books-token');
  });

  test('parallel writes all persist', async () => {
    const local = new MemoryArea();
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => writeSecret(local, id, `${id}-${TOKEN}`)));
    expect(Object.keys(local.data[SECRETS_KEY] as object).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  test('deletes one token', async () => {
    const local = new MemoryArea();
    await writeSecret(local, 'crm', TOKEN);
    await writeSecret(local, 'books', TOKEN);
    expect(await deleteSecret(local, 'crm')).toEqual({ saved: false });
    expect(await readSecret(local, 'crm')).toBeUndefined();
    expect(await readSecret(local, 'books')).toBe(TOKEN);
  });
});

describe('exportWorkspace', () => {
  test('contains no stored token', async () => {
    const local = new MemoryArea();
    await writeSecret(local, 'crm', TOKEN);
    const exported = exportWorkspace(DEMO_WORKSPACE);
    expect(exported.json).not.toContain(TOKEN);
    expect(exported.json).not.toContain('demo-crm-token');
    expect(exported.json).toContain('"secretId": "crm"');
  });

  test('drops a token pasted into JSON', () => {
    const input = structuredClone(DEMO_WORKSPACE) as unknown as {
      systems: { connector: { auth: Record<string, unknown> } }[];
    };
    input.systems[0]!.connector.auth.token = TOKEN;
    const parsed = parseWorkspace(input);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(exportWorkspace(parsed.workspace).json).not.toContain(TOKEN);
  });

  test('carries schema version', () => {
    const exported = exportWorkspace(DEMO_WORKSPACE);
    expect(JSON.parse(exported.json).schemaVersion).toBe(2);
    expect(exported.fileName).toBe('lockstep-demo-workspace-v2.json');
  });

  test('round-trips through import', () => {
    const parsed = parseWorkspace(JSON.parse(exportWorkspace(DEMO_WORKSPACE).json));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.workspace).toEqual(DEMO_WORKSPACE);
  });
});
