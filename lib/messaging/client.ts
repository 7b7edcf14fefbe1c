import browser from 'webextension-polyfill';
import type { RequestInput } from '../messages';
import type { Reply, ResponseMap } from '../views';

/** Sends one request to the background and returns its typed response, or throws its error. */
export async function sendRequest<T extends RequestInput['type']>(
  request: Extract<RequestInput, { type: T }>,
): Promise<ResponseMap[T]> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<ResponseMap[T]> | undefined;
  if (!reply)
    throw new Error('The Lockstep background did not respond. Reload the page and try again.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
