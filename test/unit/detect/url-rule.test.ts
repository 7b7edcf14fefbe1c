import { describe, expect, test } from 'vitest';
import { matchUrlRule } from '../../../lib/detect/url-rule';

const at = (href: string) => new URL(href);

describe('matchUrlRule', () => {
  test('captures id from path', () => {
    expect(matchUrlRule({ path: '/deals/:id' }, at('http://127.0.0.1:4101/deals/9001'))).toBe(
      '9001',
    );
  });

  test('ignores trailing slash', () => {
    expect(matchUrlRule({ path: '/deals/:id' }, at('http://127.0.0.1:4101/deals/9001/'))).toBe(
      '9001',
    );
  });

  test('rejects other paths', () => {
    expect(matchUrlRule({ path: '/deals/:id' }, at('http://127.0.0.1:4101/deals'))).toBeUndefined();
    expect(
      matchUrlRule({ path: '/deals/:id' }, at('http://127.0.0.1:4101/contacts/1')),
    ).toBeUndefined();
  });

  test('captures id from hash route', () => {
    expect(matchUrlRule({ hash: '#/jobs/:id' }, at('http://127.0.0.1:4103/#/jobs/1042'))).toBe(
      '1042',
    );
  });

  test('hash route ignores hash query', () => {
    expect(
      matchUrlRule({ hash: '#/jobs/:id' }, at('http://127.0.0.1:4103/#/jobs/1042?tab=notes')),
    ).toBe('1042');
  });

  test('reads id from query parameter', () => {
    const rule = { path: '/app/invoice', idParam: 'txnId' };
    expect(matchUrlRule(rule, at('http://127.0.0.1:4102/app/invoice?txnId=130'))).toBe('130');
  });

  test('missing query parameter is no match', () => {
    const rule = { path: '/app/invoice', idParam: 'txnId' };
    expect(matchUrlRule(rule, at('http://127.0.0.1:4102/app/invoice'))).toBeUndefined();
  });

  test('decodes encoded id', () => {
    expect(matchUrlRule({ path: '/x/:id' }, at('http://h/x/a%20b'))).toBe('a b');
  });
});
