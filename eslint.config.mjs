// typescript-eslint's type-aware recommended rules over the sources and the tests; ESLint's
// recommended rules over the build, bench and end-to-end scripts. Formatting is Prettier's.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'src/generated/', 'coverage/', '**/node_modules/', 'e2e/.next-app-*/'] },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    // The sources and the tests, with the options the tests are type-checked with.
    languageOptions: { parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  // The end-to-end tests run functions inside the browser page too.
  { files: ['e2e/**/*.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  // Finding and removing control characters is part of the theme's work.
  { rules: { 'no-control-regex': 'off' } },
);
