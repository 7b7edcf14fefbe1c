import { DEMO_EMAIL, DEMO_PASSWORD } from '../server/sessions';
import { EXTRA_TOKEN, startExtraApp } from './server';

/** Command-line entry of `npm run demo:extra`: runs Demo Dispatch until SIGINT or SIGTERM. */
async function main(): Promise<void> {
  const port = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
  if (port !== undefined && !Number.isInteger(port))
    throw new Error(`invalid port "${process.argv[2]}"; pass a whole number`);

  const app = await startExtraApp({ port });
  console.log(`Demo Dispatch started at ${app.origin}/work-orders (API token ${EXTRA_TOKEN}).`);
  console.log(`Sign in with ${DEMO_EMAIL} / ${DEMO_PASSWORD}. Press Ctrl+C to stop.`);
  const stop = () => void app.close().then(() => console.log('Demo Dispatch stopped.'));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
