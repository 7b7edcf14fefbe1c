import { adminError } from './admin';
import { isPlainObject, type Reply } from './http';

/** A validated POST /__mutate body. */
export interface MutateRequest {
  id: string;
  status: string;
}

/**
 * Validates a POST /__mutate body of the form { type, id, status }. Returns the request, or an
 * error reply when the type is not one of `types` or a field is missing.
 */
export function parseMutateRequest(
  input: unknown,
  types: readonly string[],
): MutateRequest | Reply {
  if (!isPlainObject(input))
    return adminError(400, 'Body must be a JSON object { type, id, status }');
  const { type, id, status } = input;
  if (typeof type !== 'string' || !types.includes(type)) {
    return adminError(400, `type must be one of ${types.join(', ')}, got ${JSON.stringify(type)}`);
  }
  if (typeof id !== 'string' || id === '') return adminError(400, 'id must be a non-empty string');
  if (typeof status !== 'string' || status === '') {
    return adminError(400, 'status must be a non-empty string');
  }
  return { id, status };
}

export function isReply(value: MutateRequest | Reply): value is Reply {
  return 'status' in value && typeof value.status === 'number';
}
