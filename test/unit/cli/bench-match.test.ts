import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs bench/match.ts with tsx from the repository root. */
function runBench(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/match.ts', ...args], {
    cwd: join(import.meta.dirname, '../../..'),
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bench:match --febrl', () => {
  it('exits with 2 on a missing folder', () => {
    expect(runBench(['--febrl', '/nonexistent/febrl']).status).toBe(2);
  });

  it('names the folder and the files it needs', () => {
    const { stderr } = runBench(['--febrl', '/nonexistent/febrl']);
    expect(stderr).toBe(
      'bench:match: Febrl folder /nonexistent/febrl not found; pass --febrl FOLDER, the folder that holds dataset3.csv, dataset4a.csv, dataset4b.csv\n',
    );
  });

  it('names the files missing from a folder', () => {
    const folder = mkdtempSync(join(tmpdir(), 'febrl-'));
    writeFileSync(join(folder, 'dataset3.csv'), 'rec_id\n');
    const { status, stderr } = runBench(['--febrl', folder]);
    expect(status).toBe(2);
    expect(stderr).toContain(`Febrl folder ${folder} lacks dataset4a.csv, dataset4b.csv`);
  });

  it('rejects --febrl without a folder', () => {
    const { status, stderr } = runBench(['--febrl']);
    expect(status).toBe(2);
    expect(stderr).toContain('option --febrl needs a folder');
  });
});
