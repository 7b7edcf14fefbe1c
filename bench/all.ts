/**
 * Runs every benchmark in turn: matching (on the Febrl folder given with --febrl, default
 * ../shared/datasets/febrl beside the checkout), the push engine, then the panel's cost to a
 * host page. Each prints its own table and JSON line; nothing here passes or fails.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const febrlIndex = process.argv.indexOf('--febrl');
const febrl =
  febrlIndex > 0
    ? process.argv[febrlIndex + 1]
    : path.resolve(ROOT, '..', 'shared', 'datasets', 'febrl');

const steps: [string, string[]][] = [
  ['bench/match.ts', ['--febrl', febrl ?? '']],
  ['bench/push.ts', []],
  ['bench/panel.ts', []],
];

spawnSync(path.join(ROOT, 'node_modules', '.bin', 'wxt'), ['build'], {
  cwd: ROOT,
  stdio: 'inherit',
});
for (const [script, args] of steps) {
  console.log(`\n== ${script}`);
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [script, ...args], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) console.log(`${script} exited with ${result.status}`);
}
