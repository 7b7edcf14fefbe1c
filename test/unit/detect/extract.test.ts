// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { RecordType } from '../../../lib/config/schema';
import { extractFields, MAX_FIELD_LENGTH } from '../../../lib/detect/extract';

function page(html: string): ParentNode {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

const url = new URL('http://127.0.0.1:4102/app/invoice?txnId=130&ref=J-7');

function recordType(fields: RecordType['fields']): RecordType {
  return { id: 't', label: 'T', kind: 'work', url: {}, ready: 'body', fields };
}

describe('extractFields', () => {
  test('reads selector text', () => {
    const root = page('<h1 class="job-title">  Boiler   service </h1>');
    expect(
      extractFields(recordType({ title: { from: 'selector', selector: '.job-title' } }), root, url),
    ).toEqual({ title: 'Boiler service' });
  });

  test('reads selector attribute', () => {
    const root = page('<dd data-status="in_progress">In progress</dd>');
    const fields = extractFields(
      recordType({
        status: { from: 'selector', selector: 'dd[data-status]', attribute: 'data-status' },
      }),
      root,
      url,
    );
    expect(fields.status).toBe('in_progress');
  });

  test('reads table row by label', () => {
    const root = page(
      '<table><tr><th>Status:</th><td>sent</td></tr><tr><th>Amount</th><td>$1,200.00</td></tr></table>',
    );
    const fields = extractFields(
      recordType({
        status: { from: 'label', label: 'status' },
        amount: { from: 'label', label: 'Amount' },
      }),
      root,
      url,
    );
    expect(fields.status).toBe('sent');
    expect(fields.amount).toBe('$1,200.00');
  });

  test('reads definition list by label', () => {
    const root = page('<dl><dt>Total</dt><dd>450</dd></dl>');
    expect(
      extractFields(recordType({ amount: { from: 'label', label: 'Total' } }), root, url).amount,
    ).toBe('450');
  });

  test('reads url parameter', () => {
    expect(
      extractFields(recordType({ title: { from: 'url', param: 'ref' } }), page(''), url).title,
    ).toBe('J-7');
  });

  test('reads json-ld path', () => {
    const root = page('<script type="application/ld+json">{"customer":{"name":"Ada"}}</script>');
    expect(
      extractFields(recordType({ name: { from: 'jsonld', path: 'customer.name' } }), root, url)
        .name,
    ).toBe('Ada');
  });

  test('skips broken json-ld', () => {
    const root = page('<script type="application/ld+json">{oops</script>');
    expect(
      extractFields(recordType({ name: { from: 'jsonld', path: 'name' } }), root, url),
    ).toEqual({});
  });

  test('keeps markup as text', () => {
    const root = page('<h1 class="n">&lt;img src=x onerror=alert(1)&gt;</h1>');
    expect(
      extractFields(recordType({ name: { from: 'selector', selector: '.n' } }), root, url).name,
    ).toBe('<img src=x onerror=alert(1)>');
  });

  test('truncates long values', () => {
    const root = page(`<h1 class="n">${'x'.repeat(MAX_FIELD_LENGTH + 50)}</h1>`);
    expect(
      extractFields(recordType({ name: { from: 'selector', selector: '.n' } }), root, url).name,
    ).toHaveLength(MAX_FIELD_LENGTH);
  });

  test('omits missing fields', () => {
    expect(
      extractFields(recordType({ name: { from: 'selector', selector: '.absent' } }), page(''), url),
    ).toEqual({});
  });
});

describe('safe selectors', () => {
  test('invalid selector reads nothing', () => {
    const root = page('<h1 class="n">Ada</h1>');
    expect(
      extractFields(recordType({ name: { from: 'selector', selector: 'h1[' } }), root, url),
    ).toEqual({});
  });
});
