import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs scripts/match.ts in a child Node process with tsx, from the repository root. */
export function runCli(args: string[]): CliResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/match.ts', ...args], {
    cwd: join(import.meta.dirname, '../../..'),
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tempFolders: string[] = [];

afterAll(() => {
  for (const folder of tempFolders.splice(0)) {
    rmSync(folder, { recursive: true, force: true });
  }
});

/** Writes a file into a fresh temporary folder, removed after the test file, and returns its path. */
export function writeTemp(name: string, text: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'match-cli-'));
  tempFolders.push(folder);
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}
