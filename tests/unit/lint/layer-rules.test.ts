import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * The linter guards which layer may import which (eslint.config.js, layerRules). These plant forbidden
 * imports in files that do not exist, beside real ones, and check that the linter refuses each, and
 * accepts the allowed imports written the same way.
 */
const eslint = new ESLint();

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId !== null).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules', { timeout: 60_000 }, () => {
  it.each([
    ['ui imports the app', 'src/ui/Planted.tsx', "import { appRoutes } from '../app/routes';\nexport const x = appRoutes;\n", /src\/ui may import only/],
    ['the model imports the browser', 'src/model/planted.ts', "import { fetchJson } from '../api/fetch-json';\nexport const x = fetchJson;\n", /bottom layer/],
    ['api imports ui', 'src/api/planted.ts', "import { paths } from '../ui/paths';\nexport const x = paths;\n", /src\/api may import only/],
    ['a feature reaches into another', 'src/features/home/Planted.tsx', "import { SavedPage } from '../saved/SavedPage';\nexport const x = SavedPage;\n", /only through its index\.ts/],
    ['the pipeline imports a feature', 'src/pipeline/outputs/planted.ts', "import { HomePage } from '../../features/home/HomePage';\nexport const x = HomePage;\n", /never browser code/],
    ['the pipeline imports the app beyond its server entry', 'src/pipeline/render/planted.ts', "import { appRoutes } from '../../app/routes';\nexport const x = appRoutes;\n", /only through its server entry/],
    ['an importer imports the browser', 'src/import/planted.ts', "import { paths } from '../ui/paths';\nexport const x = paths;\n", /never browser code/],
    ['zod in the browser', 'src/ui/Planted.tsx', "import { z } from 'zod';\nexport const x = z;\n", /zod stays out of the browser/],
    ['a schema in the browser', 'src/features/home/Planted.tsx', "import { ArticleSchema } from '../../model/article';\nexport const x = ArticleSchema;\n", /import its types only/],
    ['a schema in a zod-free model file', 'src/model/summary.ts', "import { ArticleSchema } from './article';\nexport const x = ArticleSchema;\n", /import its types only/],
    ['an import cycle', 'src/model/slug.ts', "import { SlugSchema } from './slug-schema';\nexport const x = SlugSchema;\n", /Dependency cycle/],
  ])('refuses %s', async (_name, file, code, expected) => {
    expect((await problems(file, code)).join('\n')).toMatch(expected);
  });

  it.each([
    ['ui imports api and i18n', 'src/ui/Planted.tsx', "import { latestQuery } from '../api/queries';\nimport { en } from '../i18n/en/ui';\nexport const x = [latestQuery, en];\n"],
    ['a feature uses another through its index', 'src/features/home/Planted.tsx', "import { SaveButton } from '../saved';\nexport const x = SaveButton;\n"],
    ['the browser imports schema types', 'src/features/home/Planted.tsx', "import type { Article } from '../../model/article';\nexport type X = Article;\n"],
    ['the prerender types the server entry', 'src/pipeline/render/planted.ts', "import type * as Entry from '../../app/server-entry';\nexport type X = typeof Entry;\n"],
    ['the pipeline uses the language registry', 'src/pipeline/api/planted.ts', "import { languageOf } from '../../i18n/languages';\nexport const x = languageOf;\n"],
  ])('allows %s', async (_name, file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
