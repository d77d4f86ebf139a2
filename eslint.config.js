import fs from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist.*', 'coverage', 'playwright-report', 'test-results', 'node_modules', '.dateline'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Content is rendered from typed blocks, never injected as HTML.',
        },
      ],
    },
  },
  ...layerRules(),
  {
    files: ['src/app/settings-boot.js', 'src/app/early-controls.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
);

/*
 * Which layer may import which (README, "How it fits together"). In the browser, imports point one way:
 * model, i18n ← api ← ui ← features ← app. A feature uses another only through that feature's index.ts.
 * The pipeline and the importers run in Node and use the model (and i18n), never the browser's layers;
 * the one door is the prerender, which renders the app through its server entry. Zod stays out of the
 * browser: browser code, and model files without a schema of their own, import schema modules for types only.
 */
function layerRules() {
  const src = (dir) => `./src/${dir}`;
  const browser = ['api', 'ui', 'features', 'app'];
  const node = ['pipeline', 'import'];
  const zone = (target, from, message, except) => ({ target: src(target), from: from.map(src), message, ...(except ? { except } : {}) });
  const features = fs.readdirSync('src/features', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  const zones = [
    zone('model', ['i18n', ...browser, ...node, 'main.tsx'], 'The model is the bottom layer: it imports nothing of ours.'),
    zone('i18n', [...browser, ...node, 'main.tsx'], 'Languages are data beside the model: they import only the model.'),
    zone('api', ['ui', 'features', 'app', ...node, 'main.tsx'], 'src/api may import only the model and i18n.'),
    zone('ui', ['features', 'app', ...node, 'main.tsx'], 'src/ui may import only the model, i18n and api.'),
    zone('features', ['app', ...node, 'main.tsx'], 'A feature may not import the app shell or Node code.'),
    zone('app', [...node], 'The app may not import Node code.'),
    zone('main.tsx', [...node], 'The app may not import Node code.'),
    zone('pipeline', ['api', 'ui', 'features', 'import', 'main.tsx'], 'The pipeline uses the model and i18n, never browser code.'),
    zone('pipeline', ['app'], 'The pipeline reaches the app only through its server entry.', ['./server-entry.tsx']),
    zone('import', [...browser, 'pipeline/api', 'pipeline/render', 'pipeline/outputs', 'pipeline/serve', 'pipeline/vite', 'main.tsx'], 'The importers use the model and the content checks, never browser code.'),
    ...features.flatMap((feature) =>
      features
        .filter((other) => other !== feature)
        .map((other) => zone(`features/${feature}`, [`features/${other}`], `Use another feature only through its index.ts (features/${other}/index.ts).`, ['./index.ts'])),
    ),
  ];
  const schemaModules = fs
    .readdirSync('src/model')
    .filter((file) => /\.tsx?$/.test(file) && /from 'zod'/.test(fs.readFileSync(path.join('src/model', file), 'utf8')))
    .map((file) => file.replace(/\.tsx?$/, ''));
  const zodFreeModel = fs
    .readdirSync('src/model')
    .filter((file) => /\.tsx?$/.test(file) && !schemaModules.includes(file.replace(/\.tsx?$/, '')))
    .map((file) => `src/model/${file}`);
  const typesOnly = {
    patterns: [
      { group: ['zod'], allowTypeImports: true, message: 'zod stays out of the browser bundle: src/api/guards.ts checks responses.' },
      {
        regex: `(^|/)model/(${schemaModules.join('|')})$|^\\./(${schemaModules.join('|')})$`,
        allowTypeImports: true,
        message: 'This model file holds zod schemas: import its types only (`import type`), so zod stays out of the browser bundle.',
      },
    ],
  };
  return [
    {
      files: ['**/*.{ts,tsx}'],
      plugins: { 'import-x': importX },
      settings: {
        'import-x/extensions': ['.ts', '.tsx', '.js'],
        'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
        'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      },
      rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
    },
    {
      files: ['src/**/*.{ts,tsx}'],
      rules: { 'import-x/no-restricted-paths': ['error', { zones }] },
    },
    {
      files: ['src/{api,ui,features,app,i18n}/**/*.{ts,tsx}', 'src/main.tsx', ...zodFreeModel],
      ignores: ['src/api/dev-validate.ts'], // development only, loaded on demand: holds responses to the full schema
      rules: { '@typescript-eslint/no-restricted-imports': ['error', typesOnly] },
    },
  ];
}
