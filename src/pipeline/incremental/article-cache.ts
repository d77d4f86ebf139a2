import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync, type BigIntStats } from 'node:fs';
import path from 'node:path';
import { ArticleSourceSchema, type ArticleSource } from '../../model/content';
import type { ArticleFacts } from '../content/article-facts';
import { ContentError, zodProblems, type ContentProblem } from '../content/content-error';
import { readContentFileSync } from '../content/content-file';
import { parseContentJson } from '../content/content-source';
import { parseArticle, type ArticleEntry, type ArticleReader } from '../content/load-content';
import { scoringOf, type ScoredBefore } from '../api/related';
import { contentHash, keyOf } from './content-hash';

const VERSION = 1;
/**
 * A file whose last change is this close to the moment it was looked at may change again without its
 * time moving (coarse file-system clocks): such an entry is checked by its bytes next time, not its stat.
 */
const RACY_MS = 2_000n * 1_000_000n;
/** A content folder's cache that no build has written for this long is removed. */
const UNUSED_MS = 30 * 24 * 3_600_000;

interface CacheEntry {
  /** size:mtime-ns:ctime-ns:inode, from lstat: when it is the same, so are the bytes. */
  stat: string;
  /** The file's mtime was close to when it was looked at: check the bytes, not the stat. */
  racy: boolean;
  hash: string;
  facts: ArticleFacts;
  /** The slugs of its related stories in the build that saved the cache. */
  related?: string[];
}

interface CacheFile {
  version: number;
  /** The code the facts were taken with. */
  code: string;
  entries: Record<string, CacheEntry>;
}

/**
 * Writes the cache's JSON a few hundred entries at a time: at 100,000 stories the whole text at once
 * would add a hundred megabytes or more at the end of the build, when its memory peaks.
 */
function writeJsonInParts(file: string, { entries, ...rest }: CacheFile): void {
  const fd = openSync(file, 'w');
  try {
    const head = JSON.stringify(rest);
    writeSync(fd, `${head.slice(0, -1)},"entries":{`);
    const names = Object.keys(entries);
    for (let i = 0; i < names.length; i += 500) {
      const part = names.slice(i, i + 500).map((name) => `${JSON.stringify(name)}:${JSON.stringify(entries[name])}`);
      writeSync(fd, `${i === 0 ? '' : ','}${part.join(',')}`);
    }
    writeSync(fd, '}}');
  } finally {
    closeSync(fd);
  }
}

const statKey = (s: BigIntStats) => `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`;

/**
 * The facts of every article file the last build read, by file, with the file's stat and hash: a build
 * takes an unchanged file's facts from here instead of parsing it (at 100,000 articles, parsing and
 * checking every body is most of an incremental build). A file is unchanged when its stat is (as git's
 * index does), or, when the stat was taken too close to the file's last change, its bytes' hash is.
 * Lives in `.dateline/content-cache/`, one file per content folder; a cache from other code, or one that
 * cannot be read, is ignored: a build without it parses every file, never builds from wrong facts.
 */
export class ArticleCache {
  private readonly next: Record<string, CacheEntry> = {};
  private readonly file: string;
  /** When this build looks at the files (wall clock, as file times are). */
  private readonly lookedAtNs = BigInt(Date.now()) * 1_000_000n;
  /** Files whose facts came from the cache. */
  hits = 0;

  private constructor(
    cacheDir: string,
    private readonly contentDir: string,
    private readonly code: string,
    private readonly previous: Record<string, CacheEntry>,
  ) {
    this.file = path.join(cacheDir, `${keyOf(path.resolve(contentDir))}.json`);
  }

  /** The cache for `contentDir`; empty when `reuse` is false (a clean build), the code differs or it cannot be read. */
  static open(cacheDir: string, contentDir: string, code: string, reuse: boolean): ArticleCache {
    const cache = new ArticleCache(cacheDir, contentDir, code, {});
    if (!reuse) return cache;
    try {
      const saved = JSON.parse(readFileSync(cache.file, 'utf8')) as CacheFile;
      if (saved.version === VERSION && saved.code === code && typeof saved.entries === 'object') return new ArticleCache(cacheDir, contentDir, code, saved.entries);
    } catch {
      // No cache yet, or a damaged one: every file is parsed.
    }
    return cache;
  }

  /** checkFolder's article reader: an unchanged file's cached facts, else the file parsed (and its facts kept). */
  readonly reader: ArticleReader = (source, file, problems) => {
    let stats: BigIntStats;
    try {
      stats = lstatSync(path.join(this.contentDir, file), { bigint: true });
    } catch {
      return parseArticle(source, file, problems); // which says what is wrong
    }
    if (!stats.isFile()) return parseArticle(source, file, problems);
    const stat = statKey(stats);
    const racy = this.lookedAtNs - stats.mtimeNs < RACY_MS;
    const known = this.previous[file];
    if (known && known.stat === stat && !known.racy) return this.keep(file, { ...known, racy, related: undefined });
    const bytes = source.readBytes(file, problems);
    if (!bytes) return undefined;
    const hash = contentHash(bytes);
    if (known && known.hash === hash) return this.keep(file, { ...known, stat, racy, related: undefined });
    const entry = parseArticle({ ...source, readBytes: () => bytes }, file, problems);
    if (entry) this.next[file] = { stat, racy, hash: entry.hash, facts: entry.facts };
    return entry;
  };

  private keep(file: string, entry: CacheEntry): ArticleEntry {
    this.next[file] = entry;
    this.hits += 1;
    return { file, hash: entry.hash, facts: entry.facts };
  }

  /**
   * The source of an article whose facts came from the cache, read when a document needs its body. The
   * bytes must be the ones the facts were taken from: a file edited during the build stops it.
   */
  readonly readSource = (entry: ArticleEntry): ArticleSource => {
    const bytes = readContentFileSync(this.contentDir, entry.file);
    if (contentHash(bytes) !== entry.hash) throw new Error(`${entry.file} changed while the build was running: build again`);
    const problems: ContentProblem[] = [];
    const json = parseContentJson(bytes, entry.file, problems);
    const parsed = ArticleSourceSchema.safeParse(json);
    if (!parsed.success) throw new ContentError([...problems, ...zodProblems(parsed.error, entry.file)]);
    return parsed.data;
  };

  /** What the build that saved the cache scored related stories on, and picked: undefined when not known for every story. */
  scoredBefore(): ScoredBefore | undefined {
    const entries = Object.values(this.previous);
    if (entries.length === 0 || entries.some((entry) => !entry.related)) return undefined;
    return new Map(
      entries.map(({ facts: { head }, related }) => [
        head.slug,
        { scoring: scoringOf({ ...head, category: { path: head.category }, tags: head.tags.map((slug) => ({ slug })) }), publishedAt: head.publishedAt, picks: related! },
      ]),
    );
  }

  /** This build's related stories (indices into `articles`), saved with each story's facts. */
  recordRelated(articles: readonly { slug: string }[], related: readonly (readonly number[])[]): void {
    articles.forEach((article, i) => {
      const entry = this.next[`articles/${article.slug}.json`];
      if (entry) entry.related = related[i]!.map((j) => articles[j]!.slug);
    });
  }

  /**
   * Writes the facts of the files this build read (a removed file's are dropped), atomically, and
   * removes the caches of content folders no build has read for a month (test runs make many).
   */
  save(): void {
    const dir = path.dirname(this.file);
    mkdirSync(dir, { recursive: true });
    const temp = `${this.file}.tmp-${process.pid}`;
    writeJsonInParts(temp, { version: VERSION, code: this.code, entries: this.next });
    renameSync(temp, this.file);
    const unused = Date.now() - UNUSED_MS;
    for (const name of readdirSync(dir)) {
      const other = path.join(dir, name);
      const written = statSync(other, { throwIfNoEntry: false })?.mtimeMs ?? Infinity;
      if (other !== this.file && written < unused) rmSync(other, { force: true });
    }
  }
}
