import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type BuildResult } from './scale';

/*
 * What publishing costs on a built archive: a rebuild with nothing changed, then one new story (the
 * newest, in the section of the newest) built incrementally, with the files each build changed.
 */

export type PublishResult = {
  label: string;
  articles: number;
  fullSeconds: number;
  unchangedSeconds: number;
  unchangedFiles: number;
  publishSeconds: number;
  /** Files the one-story publish added, changed and removed (from the build's .changes.json). */
  publishFiles: { added: number; changed: number; removed: number };
  /** The largest sum of RSS over a build's processes at once (sampled), across the three builds. */
  peakRssMB: number | null;
};

async function changesOf(outDir: string): Promise<{ added: number; changed: number; removed: number }> {
  const changes = JSON.parse(await readFile(path.join(outDir, '.changes.json'), 'utf8')) as Record<'added' | 'changed' | 'removed', string[]>;
  return { added: changes.added.length, changed: changes.changed.length, removed: changes.removed.length };
}

/** Writes one story newer than every other, copied from the newest one under a new slug. */
async function addNewestStory(contentDir: string): Promise<void> {
  const dir = path.join(contentDir, 'articles');
  let newest: { publishedAt: string } & Record<string, unknown> = { publishedAt: '' };
  for (const name of await readdir(dir)) {
    const article = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as typeof newest;
    if (article.publishedAt > newest.publishedAt) newest = article;
  }
  const publishedAt = new Date(Date.parse(newest.publishedAt) + 60_000).toISOString();
  const { updatedAt: _updated, ...story } = newest;
  await writeFile(path.join(dir, 'bench-breaking-story.json'), JSON.stringify({ ...story, slug: 'bench-breaking-story', title: `Breaking: ${String(newest.title)}`, publishedAt }, null, 1));
}

const rss = (b: BuildResult) => Math.max(b.treeRssMB ?? 0, b.peakRssMB ?? 0, b.timeMaxRssMB ?? 0) || null;

export async function measurePublishing(root: string, full: BuildResult, contentDir: string, outDir: string): Promise<PublishResult> {
  const unchanged = await build(root, { label: `${full.label} unchanged`, contentDir, outDir });
  const unchangedFiles = await changesOf(outDir);
  await addNewestStory(contentDir);
  const published = await build(root, { label: `${full.label} publish`, contentDir, outDir });
  const rssValues = [full, unchanged, published].map(rss).filter((v): v is number => v !== null);
  return {
    label: full.label,
    articles: full.articles,
    fullSeconds: full.wallSeconds,
    unchangedSeconds: unchanged.wallSeconds,
    unchangedFiles: unchangedFiles.added + unchangedFiles.changed + unchangedFiles.removed,
    publishSeconds: published.wallSeconds,
    publishFiles: await changesOf(outDir),
    peakRssMB: rssValues.length ? Math.max(...rssValues) : null,
  };
}
