import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { groundTruth } from './seed/index';

export const TRUTH_FILE = fileURLToPath(new URL('./data/ground-truth.json', import.meta.url));

/** Writes the ground truth of `seed` as formatted JSON and returns the file path. */
export function writeGroundTruth(seed: number, file: string = TRUTH_FILE): string {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(groundTruth(seed), null, 2)}\n`);
  return file;
}
