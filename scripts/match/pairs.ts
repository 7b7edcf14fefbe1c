import type { MatchFields } from '../../lib/match/types';
import type { ScorePairOptions } from '../../lib/match/index';
import { scorePair } from '../../lib/match/index';
import { MATCH_FIELDS } from '../../lib/csv/columns';
import type { MatchField } from '../../lib/csv/columns';
import { InputError } from './errors';
import { round } from './output';

/** One scored pair, as printed by the pairs command. */
export interface PairResult {
  index: number;
  score: number;
  decision: string;
  reasons: string[];
}

/**
 * Parses the pairs file and scores each pair. Throws InputError naming the array index,
 * side and field for anything that is not an array of `{ "a": record, "b": record }`.
 * Unknown record keys are reported through `warn` and ignored.
 */
export function scorePairsFile(
  path: string,
  text: string,
  options: ScorePairOptions,
  warn: (message: string) => void,
): PairResult[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: invalid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) {
    throw new InputError(
      `${path}: expected a JSON array of {"a": record, "b": record}, got ${describe(parsed)}`,
    );
  }

  return parsed.map((entry: unknown, index) => {
    const where = `${path}: index ${index}`;
    if (!isObject(entry)) {
      throw new InputError(`${where}: expected an object with "a" and "b", got ${describe(entry)}`);
    }
    const a = readRecord(entry.a, `${where}: "a"`, warn);
    const b = readRecord(entry.b, `${where}: "b"`, warn);
    const { score, decision, reasons } = scorePair(a, b, options);
    return { index, score: round(score), decision, reasons };
  });
}

function readRecord(value: unknown, where: string, warn: (message: string) => void): MatchFields {
  if (value === undefined) {
    throw new InputError(`${where} is missing; each pair needs "a" and "b" records`);
  }
  if (!isObject(value)) {
    throw new InputError(`${where} must be an object of match fields, got ${describe(value)}`);
  }

  const record: MatchFields = {};
  for (const [field, fieldValue] of Object.entries(value)) {
    if (!MATCH_FIELDS.includes(field as MatchField)) {
      warn(
        `warning: ${where}: unknown field "${field}" ignored; known fields: ${MATCH_FIELDS.join(', ')}`,
      );
      continue;
    }
    if (fieldValue === null) {
      continue;
    }
    if (typeof fieldValue !== 'string') {
      throw new InputError(
        `${where}: field "${field}" must be a string or null, got ${describe(fieldValue)}`,
      );
    }
    record[field as MatchField] = fieldValue;
  }
  return record;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  return Array.isArray(value)
    ? 'an array'
    : `a ${typeof value} (${JSON.stringify(value)?.slice(0, 40)})`;
}
