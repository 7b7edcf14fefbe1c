import tseslint from 'typescript-eslint';

/** Import zones: lib/ is pure logic, content code never reaches into background code. */
const zone = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: patterns.map((group) => ({ group: [group], message })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', '.tmp/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  zone(
    ['lib/**'],
    ['**/entrypoints/**', '@/entrypoints/**', '**/components/**', '@/components/**', '**/demo/**'],
    'lib/ is pure logic: it may import only lib/ and packages.',
  ),
  zone(
    ['components/**'],
    ['**/entrypoints/**', '@/entrypoints/**', '**/demo/**'],
    'components/ may import lib/ and packages only.',
  ),
  zone(
    ['entrypoints/content/**'],
    [
      '**/background*',
      '@/lib/service/**',
      '@/lib/outbox/**',
      '@/lib/connectors/**',
      '@/lib/storage/**',
    ],
    'content scripts talk to the background only through messages.',
  ),
  zone(
    ['demo/**'],
    ['**/lib/**', '@/lib/**', '**/entrypoints/**', '**/components/**'],
    'the demo apps stand alone: nothing from the extension.',
  ),
);
