import {
  BOOKS_TOKEN,
  CRM_TOKEN,
  DEMO_EMAIL,
  DEMO_PASSWORD,
  REALM_ID,
  SCHEDULER_TOKEN,
} from './index';
import { DEFAULT_SEED, startDemoApps } from './index';
import { parseCliOptions, USAGE, type CliOptions } from './cli-options';
import { writeGroundTruth } from './write-truth';

/** Command-line entry of `npm run demo`: starts the three apps until SIGINT or SIGTERM. */
async function main(): Promise<void> {
  let options: CliOptions;
  try {
    options = parseCliOptions(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const seed = options.seed ?? DEFAULT_SEED;
  if (options.writeTruth) {
    console.log(`Wrote the ground truth for seed ${seed} to ${writeGroundTruth(seed)}`);
    return;
  }

  const apps = await startDemoApps({ ports: options.ports, seed });
  console.log(`Demo apps started with seed ${seed}:`);
  console.log(`  CRM        ${apps.crm.origin}/deals         token ${CRM_TOKEN}`);
  console.log(
    `  Books      ${apps.books.origin}/app/invoices  token ${BOOKS_TOKEN} (realm ${REALM_ID})`,
  );
  console.log(`  Scheduler  ${apps.scheduler.origin}/#/jobs        token ${SCHEDULER_TOKEN}`);
  console.log(`Sign in with ${DEMO_EMAIL} / ${DEMO_PASSWORD}. Press Ctrl+C to stop.`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`Received ${signal}, stopping the demo apps.`);
    apps.close().then(
      () => console.log('Demo apps stopped.'),
      (error: unknown) => {
        console.error('Failed to stop the demo apps cleanly:', error);
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
