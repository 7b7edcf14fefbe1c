import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The demo apps listen on loopback. Real deployments add their own origins at runtime
// through optional host permissions, so no site is granted up front.
const DEMO_HOSTS = ['http://127.0.0.1/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Lockstep',
    description: 'Keeps customer, deal, invoice and job statuses in step across your web apps.',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: DEMO_HOSTS,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'lockstep@lockstep.dev' } } }
      : {}),
  }),
});
