import { useEffect, useState } from 'preact/hooks';
import type { SecretStatus } from '@/lib/config/admin-messages';
import { sendRequest } from '@/lib/messaging/client';
import { TextField } from './fields';

/**
 * Sends a token to the background once. The page never reads a stored token back: it shows
 * only whether one is saved and, for long tokens, its last four characters.
 */
export function SecretField({ secretId }: { secretId: string }) {
  const [status, setStatus] = useState<SecretStatus>();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!secretId) return;
    sendRequest({ type: 'get-secret-status', secretIds: [secretId] }).then(
      (all) => setStatus(all[secretId]),
      (failure: unknown) => setError(String(failure)),
    );
  }, [secretId]);

  const run = async (request: Promise<SecretStatus>) => {
    setError(undefined);
    try {
      setStatus(await request);
      setValue('');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <div class="secret" data-testid="secret-field">
      <TextField
        label={`API token "${secretId}"`}
        type="password"
        autoComplete="new-password"
        value={value}
        testId="secret-input"
        onChange={setValue}
      />
      <p role="status" data-testid="secret-status">
        {status?.saved
          ? `Saved${status.last4 ? `, ends in …${status.last4}` : ''}.`
          : 'No token saved.'}
      </p>
      {error ? <p class="error">{error}</p> : null}
      <div class="row">
        <button
          type="button"
          data-testid="save-secret"
          disabled={!value.trim()}
          onClick={() => void run(sendRequest({ type: 'set-secret', secretId, value }))}
        >
          Save token
        </button>
        <button
          type="button"
          disabled={!status?.saved}
          onClick={() => void run(sendRequest({ type: 'delete-secret', secretId }))}
        >
          Remove token
        </button>
      </div>
    </div>
  );
}
