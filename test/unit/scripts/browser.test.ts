import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseBrowserMode, findChrome, launchWithExtension } from '../../../scripts/browser';

const ROOT = join(import.meta.dirname, '../../..');
const BROWSER_MODULE = join(ROOT, 'scripts/browser.ts');
const saved = { CHROME_PATH: process.env.CHROME_PATH, TMPDIR: process.env.TMPDIR };
const folders: string[] = [];

/** Creates a fresh folder for one test's files, removed after the test. */
function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'browser-test-'));
  folders.push(folder);
  return folder;
}

/** Writes an unpacked extension with only a manifest, enough to pass the build check. */
function writeExtension(folder: string): string {
  const dir = join(folder, 'extension');
  mkdirSync(dir);
  writeFileSync(join(dir, 'manifest.json'), '{"manifest_version": 3}');
  return dir;
}

/** Writes a shell script that acts as a browser which never replies to Playwright. */
function writeHangingBrowser(folder: string): string {
  const path = join(folder, 'hanging-browser');
  writeFileSync(path, '#!/bin/sh\nexec sleep 30\n');
  chmodSync(path, 0o755);
  return path;
}

function profiles(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.startsWith('lockstep-profile-'));
}

beforeEach(() => {
  delete process.env.CHROME_PATH;
});

afterEach(() => {
  for (const folder of folders.splice(0)) {
    rmSync(folder, { recursive: true, force: true });
  }
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) {
      delete process.env[name];
    } else {
      process.env[name] = value;
    }
  }
});

describe('findChrome', () => {
  it('rejects a folder in CHROME_PATH', () => {
    const folder = tempFolder();
    process.env.CHROME_PATH = folder;
    expect(() => findChrome()).toThrow(`CHROME_PATH is set to ${folder}, but it is a folder`);
  });

  it('rejects a file that is not executable', () => {
    const path = join(tempFolder(), 'chrome');
    writeFileSync(path, '');
    chmodSync(path, 0o644);
    process.env.CHROME_PATH = path;
    expect(() => findChrome()).toThrow(
      `CHROME_PATH is set to ${path}, but the file is not executable`,
    );
  });

  it('rejects a missing file', () => {
    process.env.CHROME_PATH = '/nonexistent/chromium';
    expect(() => findChrome()).toThrow(
      'CHROME_PATH is set to /nonexistent/chromium, but no file is there',
    );
  });

  it('says how to install Chromium', () => {
    process.env.CHROME_PATH = '/nonexistent/chromium';
    expect(() => findChrome()).toThrow('sudo apt-get install chromium');
  });

  it('accepts an executable file', () => {
    process.env.CHROME_PATH = '/bin/false';
    expect(findChrome()).toBe('/bin/false');
  });
});

describe('launchWithExtension failure', () => {
  it('names the binary in one line', async () => {
    const folder = tempFolder();
    process.env.TMPDIR = folder;
    process.env.CHROME_PATH = '/bin/false';
    const launch = launchWithExtension({ headless: true, extensionDir: writeExtension(folder) });
    const message = await launch.then(
      () => 'launched',
      (error: unknown) => (error as Error).message,
    );
    expect(message).toMatch(/^Chromium at \/bin\/false failed to start \(/);
    expect(message).not.toContain('\n');
  });

  it('removes the temporary profile', async () => {
    const folder = tempFolder();
    process.env.TMPDIR = folder;
    process.env.CHROME_PATH = '/bin/false';
    const launch = launchWithExtension({ headless: true, extensionDir: writeExtension(folder) });
    await launch.catch(() => undefined);
    expect(profiles(folder)).toEqual([]);
  });

  it('removes the profile when the process exits', () => {
    // Playwright's own SIGINT handler ends the process with process.exit(130) this way.
    const folder = tempFolder();
    const script = join(folder, 'exit-while-launching.mts');
    const launch = `launchWithExtension({ headless: true, extensionDir: ${JSON.stringify(writeExtension(folder))} })`;
    writeFileSync(
      script,
      `import { launchWithExtension } from ${JSON.stringify(BROWSER_MODULE)};\n` +
        `setTimeout(() => process.exit(130), 1500);\nawait ${launch};\n`,
    );
    const result = spawnSync(process.execPath, ['--import', 'tsx', script], {
      cwd: ROOT,
      env: { ...process.env, TMPDIR: folder, CHROME_PATH: writeHangingBrowser(folder) },
      timeout: 20_000,
    });
    expect(result.status).toBe(130);
    expect(profiles(folder)).toEqual([]);
  });
});

describe('chooseBrowserMode', () => {
  it('runs headless without a Linux display', () => {
    const mode = chooseBrowserMode([], {}, 'linux');
    expect(mode.headless).toBe(true);
    expect(mode.description).toMatch(/^No display found .*running the scripted journey headless$/);
  });

  it('opens a window with DISPLAY set', () => {
    const mode = chooseBrowserMode([], { DISPLAY: ':0' }, 'linux');
    expect(mode).toEqual({
      headless: false,
      description: 'Display found; opening a Chromium window',
    });
  });

  it('opens a window with WAYLAND_DISPLAY set', () => {
    expect(chooseBrowserMode([], { WAYLAND_DISPLAY: 'wayland-0' }, 'linux').headless).toBe(false);
  });

  it('opens a window on macOS', () => {
    expect(chooseBrowserMode([], {}, 'darwin').headless).toBe(false);
  });

  it('follows --headless', () => {
    const mode = chooseBrowserMode(['--headless'], { DISPLAY: ':0' }, 'linux');
    expect(mode.headless).toBe(true);
    expect(mode.description).toContain('--headless given');
  });
});

describe('npm start', () => {
  it('checks Chromium before building', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: '/nonexistent/chromium' },
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('CHROME_PATH is set to /nonexistent/chromium');
    expect(result.stdout).not.toContain('Building the extension');
  });
});
