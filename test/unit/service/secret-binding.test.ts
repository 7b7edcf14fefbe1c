import { describe, expect, test } from 'vitest';
import { writeSecret } from '../../../lib/service/secret-store';
import { readSecretFor } from '../../../lib/service/secrets';

/** Creates an in-memory stand-in for `browser.storage.local`. */
function memoryArea() {
  const items: Record<string, unknown> = {};
  return {
    items,
    async get(key: string) {
      return key in items ? { [key]: structuredClone(items[key]) } : {};
    },
    async set(values: Record<string, unknown>) {
      Object.assign(items, structuredClone(values));
    },
  };
}

describe('readSecretFor', () => {
  test('binds token to first origin', async () => {
    const area = memoryArea();
    await writeSecret(area, 'crm', 'token-123456789');
    expect(await readSecretFor(area, 'crm', 'https://api.hubapi.com')).toBe('token-123456789');
    expect(await readSecretFor(area, 'crm', 'https://api.hubapi.com')).toBe('token-123456789');
  });

  test('refuses a moved base URL', async () => {
    const area = memoryArea();
    await writeSecret(area, 'crm', 'token-123456789');
    await readSecretFor(area, 'crm', 'https://api.hubapi.com');
    await expect(readSecretFor(area, 'crm', 'http://127.0.0.1:4399')).rejects.toThrow(
      'enter the token again',
    );
  });

  test('new token clears the binding', async () => {
    const area = memoryArea();
    await writeSecret(area, 'crm', 'token-123456789');
    await readSecretFor(area, 'crm', 'https://api.hubapi.com');
    await writeSecret(area, 'crm', 'token-987654321');
    expect(await readSecretFor(area, 'crm', 'https://sandbox.example')).toBe('token-987654321');
  });

  test('missing token returns undefined', async () => {
    expect(await readSecretFor(memoryArea(), 'crm', 'https://api.hubapi.com')).toBeUndefined();
  });
});
