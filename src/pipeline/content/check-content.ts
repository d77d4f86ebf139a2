import { loadContent } from './load-content';
import { ContentError } from './content-error';

const dir = process.argv[2] ?? 'content/demo';
try {
  const content = await loadContent(dir);
  console.log(`${dir}: ${content.articles.length} articles, ${content.categories.length} categories, ${content.authors.length} authors, ${content.tags.length} tags — valid.`);
} catch (error) {
  console.error(error instanceof ContentError ? error.message : error);
  process.exit(1);
}
