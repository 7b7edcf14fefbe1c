/** Parser for the subset of the QuickBooks Online query language the demo supports. */

import { QueryError, TokenReader, tokenize, type Token } from './query-tokens';

export { QueryError };

export type QueryEntity = 'Customer' | 'Invoice';
export type QueryOperator = '=' | '!=' | '<' | '>' | '<=' | '>=' | 'IN';

export interface QueryCondition {
  /** Field path with the canonical spelling, for example 'Metadata.LastUpdatedTime'. */
  field: string;
  operator: QueryOperator;
  values: string[];
}

export interface ParsedQuery {
  entity: QueryEntity;
  count: boolean;
  conditions: QueryCondition[];
  orderBy?: { field: string; descending: boolean };
  /** 1-based index of the first result. */
  startPosition: number;
  maxResults: number;
}

export const DEFAULT_MAX_RESULTS = 100;
export const MAX_MAX_RESULTS = 1000;

const FIELDS: Readonly<Record<QueryEntity, readonly string[]>> = {
  Customer: ['Id', 'DisplayName', 'GivenName', 'FamilyName', 'CompanyName', 'Active'],
  Invoice: ['Id', 'DocNumber', 'TxnDate', 'DueDate', 'CustomerRef', 'TotalAmt', 'Balance'],
};
const METADATA_FIELDS = ['Metadata.CreateTime', 'Metadata.LastUpdatedTime'];

/**
 * Parses `SELECT * | COUNT(*) FROM Customer|Invoice [WHERE f op 'v' [AND ...]]
 * [ORDERBY f [ASC|DESC]] [STARTPOSITION n] [MAXRESULTS n]`. Keywords are case-insensitive.
 * Throws QueryError naming the unexpected token.
 */
export function parseQuery(text: string): ParsedQuery {
  const tokens = tokenize(text);
  const reader = new TokenReader(tokens, text);
  reader.expectKeyword('SELECT');
  const count = reader.peekKeyword('COUNT');
  if (count) {
    reader.next();
    reader.expect('(');
    reader.expect('*');
    reader.expect(')');
  } else {
    reader.expect('*');
  }
  reader.expectKeyword('FROM');
  const entity = parseEntity(reader.next());
  const query: ParsedQuery = {
    entity,
    count,
    conditions: [],
    startPosition: 1,
    maxResults: DEFAULT_MAX_RESULTS,
  };
  parseClauses(reader, query);
  return query;
}

function parseClauses(reader: TokenReader, query: ParsedQuery): void {
  if (reader.peekKeyword('WHERE')) {
    reader.next();
    query.conditions.push(parseCondition(reader, query.entity));
    while (reader.peekKeyword('AND')) {
      reader.next();
      query.conditions.push(parseCondition(reader, query.entity));
    }
  }
  if (reader.peekKeyword('ORDERBY') || reader.peekKeyword('ORDER')) {
    if (reader.next().text.toUpperCase() === 'ORDER') reader.expectKeyword('BY');
    const field = canonicalField(query.entity, reader.next());
    const direction =
      reader.peekKeyword('DESC') || reader.peekKeyword('ASC') ? reader.next() : null;
    query.orderBy = { field, descending: direction?.text.toUpperCase() === 'DESC' };
  }
  if (reader.peekKeyword('STARTPOSITION')) {
    reader.next();
    query.startPosition = reader.nextInteger(1, Number.MAX_SAFE_INTEGER);
  }
  if (reader.peekKeyword('MAXRESULTS')) {
    reader.next();
    query.maxResults = reader.nextInteger(1, MAX_MAX_RESULTS);
  }
  reader.expectEnd();
}

function parseCondition(reader: TokenReader, entity: QueryEntity): QueryCondition {
  const field = canonicalField(entity, reader.next());
  const operatorToken = reader.next();
  const operatorText = operatorToken.text.toUpperCase();
  if (operatorText === 'IN') {
    reader.expect('(');
    const values = [reader.nextValue()];
    while (reader.peek()?.text === ',') {
      reader.next();
      values.push(reader.nextValue());
    }
    reader.expect(')');
    return { field, operator: 'IN', values };
  }
  const operator = operatorText === '<>' ? '!=' : operatorText;
  if (!['=', '!=', '<', '>', '<=', '>='].includes(operator) || operatorToken.quoted) {
    throw reader.unexpected(operatorToken);
  }
  return { field, operator: operator as QueryOperator, values: [reader.nextValue()] };
}

function parseEntity(token: Token): QueryEntity {
  const name = token.text.toLowerCase();
  if (name === 'customer') return 'Customer';
  if (name === 'invoice') return 'Invoice';
  throw new QueryError(
    `Unsupported entity "${token.text}": the demo supports Customer and Invoice`,
  );
}

function canonicalField(entity: QueryEntity, token: Token): string {
  const known = [...FIELDS[entity], ...METADATA_FIELDS];
  const field = known.find((name) => name.toLowerCase() === token.text.toLowerCase());
  if (!field || token.quoted) {
    throw new QueryError(
      `Unsupported field "${token.text}" for ${entity}: use one of ${known.join(', ')}`,
    );
  }
  return field;
}
