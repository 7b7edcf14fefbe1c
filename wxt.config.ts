import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildManagedSchema } from './lib/config/managed-schema';

// The demo apps listen on loopback. Real deployments add their own origins at runtime
// through optional host permissions, so no site is granted up front.
const DEMO_HOSTS = ['http://127.0.0.1/*'];

/** Output path of the enterprise policy schema, generated from the zod workspace schema. */
const MANAGED_SCHEMA_FILE = 'managed_schema.json';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:publicAssets': (wxt, files) => {
      // Only Chrome reads storage.managed_schema; Firefox takes policies in its own format.
      if (wxt.config.browser === 'firefox') return;
      files.push({
        relativeDest: MANAGED_SCHEMA_FILE,
        contents: `${JSON.stringify(buildManagedSchema(), null, 2)}\n`,
      });
    },
  },
  manifest: ({ browser }) => ({
    name: 'Lockstep',
    description: 'Keeps customer, deal, invoice and job statuses in step across your web apps.',
    // `scripting` registers the content script on each system origin the admin grants.
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    host_permissions: DEMO_HOSTS,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: { gecko: { id: 'lockstep@lockstep.dev' } },
          // Manifest V2 has no optional_host_permissions; hosts go in optional_permissions.
          optional_permissions: ['https://*/*', 'http://*/*'],
        }
      : { storage: { managed_schema: MANAGED_SCHEMA_FILE } }),
  }),
});
