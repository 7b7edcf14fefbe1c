import { describe, expect, test } from 'vitest';
import { DEMO_WORKSPACE } from '../../../lib/config/demo-workspace';
import {
  CONTENT_SCRIPT_ID,
  runtimePatterns,
  syncContentScripts,
  type ContentScriptRegistration,
  type ScriptingApis,
} from '../../../lib/service/content-scripts';
import { restSystem } from './rest-system';

/** Fake scripting and permissions APIs that record the registered script. */
class FakeApis implements ScriptingApis {
  registered: ContentScriptRegistration | undefined;
  calls: string[] = [];

  constructor(readonly granted: string[]) {}

  async getRegisteredContentScripts(filter: { ids: string[] }) {
    return this.registered && filter.ids.includes(this.registered.id) ? [this.registered] : [];
  }
  async registerContentScripts(scripts: ContentScriptRegistration[]) {
    if (this.registered) throw new Error('Duplicate script ID');
    this.calls.push('register');
    this.registered = scripts[0];
  }
  async updateContentScripts(scripts: ContentScriptRegistration[]) {
    this.calls.push('update');
    this.registered = scripts[0];
  }
  async unregisterContentScripts() {
    this.calls.push('unregister');
    this.registered = undefined;
  }
  async containsOrigins(origins: string[]) {
    return origins.every((origin) => this.granted.includes(origin));
  }
}

function workspaceWith(...origins: string[]) {
  const workspace = structuredClone(DEMO_WORKSPACE);
  origins.forEach((origin, index) => {
    const system = restSystem();
    system.id = `extra${index}`;
    system.origins = [origin];
    workspace.systems.push(system);
  });
  return workspace;
}

describe('runtimePatterns', () => {
  test('skips demo origins', () => {
    expect(runtimePatterns(DEMO_WORKSPACE)).toEqual([]);
  });

  test('lists other origins once', () => {
    const workspace = workspaceWith(
      'http://127.0.0.1:4104',
      'https://app.example.com',
      'http://127.0.0.1:4104',
    );
    expect(runtimePatterns(workspace)).toEqual([
      'http://127.0.0.1:4104/*',
      'https://app.example.com/*',
    ]);
  });
});

describe('syncContentScripts', () => {
  test('registers granted origins only', async () => {
    const apis = new FakeApis(['http://127.0.0.1:4104/*']);
    const patterns = await syncContentScripts(
      workspaceWith('http://127.0.0.1:4104', 'https://app.example.com'),
      apis,
    );
    expect(patterns).toEqual(['http://127.0.0.1:4104/*']);
    expect(apis.registered?.id).toBe(CONTENT_SCRIPT_ID);
    expect(apis.registered?.matches).toEqual(['http://127.0.0.1:4104/*']);
    expect(apis.registered?.js).toEqual(['content-scripts/content.js']);
  });

  test('leaves unchanged registration alone', async () => {
    const apis = new FakeApis(['http://127.0.0.1:4104/*']);
    const workspace = workspaceWith('http://127.0.0.1:4104');
    await syncContentScripts(workspace, apis);
    await syncContentScripts(workspace, apis);
    expect(apis.calls).toEqual(['register']);
  });

  test('updates when a grant is added', async () => {
    const apis = new FakeApis(['http://127.0.0.1:4104/*']);
    const workspace = workspaceWith('http://127.0.0.1:4104', 'http://127.0.0.1:4105');
    await syncContentScripts(workspace, apis);
    apis.granted.push('http://127.0.0.1:4105/*');
    await syncContentScripts(workspace, apis);
    expect(apis.calls).toEqual(['register', 'update']);
    expect(apis.registered?.matches).toEqual([
      'http://127.0.0.1:4104/*',
      'http://127.0.0.1:4105/*',
    ]);
  });

  test('unregisters when nothing is granted', async () => {
    const apis = new FakeApis(['http://127.0.0.1:4104/*']);
    await syncContentScripts(workspaceWith('http://127.0.0.1:4104'), apis);
    await syncContentScripts(DEMO_WORKSPACE, apis);
    expect(apis.calls).toEqual(['register', 'unregister']);
    expect(apis.registered).toBeUndefined();
  });
});
