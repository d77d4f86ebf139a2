import { parseArgs } from 'node:util';
import { DEFAULT_MAX_FEED_PAGES } from './feed/import-feed';
import { DEFAULT_MAX_BYTES } from './http/fetch-with-retry';
import { normaliseLang } from './lang';
import { formatProblem } from '../pipeline/content/content-error';
import { ImportError, InvalidItemsError } from './problems';
import { terminalProgress } from './progress';
import { runImport, type RunImportResult, type SourceKind } from './run-import';
import { forTerminal } from './terminal-text';
import { formatWarningSummary } from './warnings';
import { DEFAULT_MAX_PAGES } from './wordpress/fetch-site';

const USAGE = `Usage:
  npm run import -- wordpress <folder-or-site-url> --out <content-dir> [options]
  npm run import -- wordpress-export <export.xml> --out <content-dir> [options]
  npm run import -- jsonfeed <file-or-url> --out <content-dir> [options]
  npm run import -- feed <file-or-url> --out <content-dir> [options]
                     (RSS 2.0, Atom 1.0 or JSON Feed, told apart by the content)

Options:
  --out <dir>        content folder to create or update (written atomically)
  --lang <tag>       language of the articles, e.g. "en" or "fa" (default: the source's, else "en")
  --name <name>      the site's name (default: the one the source gives, else the folder's or file's name)
  --timeout <s>      seconds per request (default 30)
  --retries <n>      retries on 429, 5xx and network errors (default 4)
  --max-bytes <n>    largest response (or export file) read, in bytes (default ${DEFAULT_MAX_BYTES}, 50 MB); a larger one
                     stops the import and is not retried
  --max-pages <n>    (wordpress, site URL) most pages read per endpoint, whatever X-WP-TotalPages
                     says (default ${DEFAULT_MAX_PAGES}); (feed, URL) most feed documents read through
                     rel="next" links, on the feed's host only (default ${DEFAULT_MAX_FEED_PAGES})
  --allow-host <h>   follow redirects and Link headers to host h, and allow h even if it is a private
                     address (repeatable); images on private addresses are dropped regardless
  --since <when>     (wordpress, site URL) "last": fetch only the posts changed since the previous import
                     into --out (it records them in <content-dir>/.import-state.json), or an ISO date;
                     deletions are learnt from a listing of ids, and other files are left as they are
  --skip-media       (wordpress, site URL) do not fetch the media library
  --skip-invalid     (wordpress, wordpress-export) leave out invalid posts, terms, users and media items instead of
                     failing, and list each one (file, item, field, reason) at the end
  --remote-media     keep images hotlinked from the source site; by default every image the articles
                     use (hero, body, srcset) is downloaded into <content-dir>/images/imported/ (at
                     most 20 MB each, same rules as above; images already there are not downloaded
                     again; one that cannot be downloaded keeps its URL, with a warning)
  --quiet            no progress bar`;

class UsageError extends Error {}

function positiveNumber(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} expects a number, got "${value}"`);
  return n;
}

function positiveInteger(value: string | undefined, name: string, fallback: number): number {
  const n = positiveNumber(value, name, fallback);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} expects a whole number above 0, got "${value}"`);
  return n;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function summary(result: RunImportResult): string {
  const { report, counts, seconds } = result;
  const articles = `${counts.articles} articles (${report.added.length} added, ${report.updated.length} updated, ${report.unchanged.length} unchanged, ${report.removed.length} removed)`;
  const rest = `${counts.categories} categories, ${counts.authors} authors, ${counts.tags} tags`;
  const skipped = counts.skipped > 0 ? `; ${plural(counts.skipped, 'invalid item')} skipped (listed below)` : '';
  const outcome = report.wrote ? `Imported into ${report.outDir}` : `Nothing changed in ${report.outDir}`;
  return `${outcome} in ${seconds.toFixed(2)} s: ${articles}; ${rest}${skipped}.`;
}

/** The last lines of a run that skipped invalid items: each one, with what is wrong with it. */
function skippedList({ skipped, counts }: RunImportResult): string | undefined {
  if (counts.skipped === 0) return undefined;
  const lines = skipped.map((p) => `  - ${formatProblem(p, { headline: '', quoteItem: false })}`);
  return [`Skipped ${plural(counts.skipped, 'invalid item')} (--skip-invalid), not imported:`, ...lines].join('\n');
}

/** A line on what an export holds that is not imported by design (drafts, pages…), by kind. */
function leftOutSummary({ leftOut }: RunImportResult): string | undefined {
  const kinds = Object.entries(leftOut).sort(([a], [b]) => a.localeCompare(b));
  if (kinds.length === 0) return undefined;
  return `Not imported (only published posts are): ${kinds.map(([kind, n]) => `${kind}: ${n}`).join(', ')}.`;
}

/** A line on the remote images, when there were any. */
function imagesSummary({ downloaded, reused, failed }: RunImportResult['images']): string | undefined {
  if (downloaded + reused + failed === 0) return undefined;
  return `Images: ${downloaded} downloaded, ${reused} already in the content folder, ${failed} not downloaded (kept at their URL).`;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      lang: { type: 'string' },
      name: { type: 'string' },
      timeout: { type: 'string' },
      retries: { type: 'string' },
      'max-bytes': { type: 'string' },
      'max-pages': { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
      since: { type: 'string' },
      'skip-media': { type: 'boolean', default: false },
      'remote-media': { type: 'boolean', default: false },
      'skip-invalid': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [kind, source, ...extra] = positionals;
  if (kind !== 'wordpress' && kind !== 'wordpress-export' && kind !== 'jsonfeed' && kind !== 'feed') throw new UsageError(kind ? `unknown source type "${kind}" (expected wordpress, wordpress-export, jsonfeed or feed)` : 'missing the source type');
  if (!source) throw new UsageError(`missing the ${kind === 'wordpress' ? 'folder or site URL' : kind === 'wordpress-export' ? 'export file (.xml)' : 'feed file or URL'}`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (!values.out) throw new UsageError('missing --out <content-dir>');
  if (values.name !== undefined && values.name.trim() === '') throw new UsageError('--name expects the site\'s name, got nothing');
  if (values['skip-invalid'] && (kind === 'jsonfeed' || kind === 'feed')) throw new UsageError('--skip-invalid is for wordpress and wordpress-export imports');
  if (values.since !== undefined && kind !== 'wordpress') throw new UsageError('--since is for wordpress imports of a site URL');
  if (values.since !== undefined && values.since !== 'last' && Number.isNaN(Date.parse(values.since))) throw new UsageError(`--since expects "last" or an ISO date such as 2024-03-05T10:00:00Z, got "${values.since}"`);
  if (values.lang !== undefined && !normaliseLang(values.lang)) throw new UsageError(`--lang expects a language tag such as "en" or "fa", got "${values.lang}"`);

  const result = await runImport({
    kind: kind as SourceKind,
    source,
    out: values.out,
    lang: values.lang,
    ...(values.name !== undefined ? { siteName: values.name } : {}),
    ...(values.since !== undefined ? { since: values.since } : {}),
    skipMedia: values['skip-media'],
    remoteMedia: values['remote-media'],
    skipInvalid: values['skip-invalid'],
    maxPages: positiveInteger(values['max-pages'], 'max-pages', kind === 'feed' ? DEFAULT_MAX_FEED_PAGES : DEFAULT_MAX_PAGES),
    progress: values.quiet ? undefined : kind === 'wordpress-export' || kind === 'feed' ? terminalProgress('Reading', process.stderr, 'MB') : terminalProgress('Fetching'),
    imageProgress: values.quiet ? undefined : terminalProgress('Images', process.stderr, 'images'),
    http: {
      timeoutMs: positiveNumber(values.timeout, 'timeout', 30) * 1000,
      retries: positiveNumber(values.retries, 'retries', 4),
      maxBytes: positiveInteger(values['max-bytes'], 'max-bytes', DEFAULT_MAX_BYTES),
      allowHosts: values['allow-host'] ?? [],
      onRetry: ({ url, attempt, reason, delayMs }) => console.error(forTerminal(`Retry ${attempt} of ${url} in ${(delayMs / 1000).toFixed(1)} s (${reason})`)),
    },
  });
  if (result.note) console.log(forTerminal(result.note));
  console.log(forTerminal(summary(result)));
  const leftOut = leftOutSummary(result);
  if (leftOut) console.log(forTerminal(leftOut));
  const images = imagesSummary(result.images);
  if (images) console.log(forTerminal(images));
  console.log(forTerminal(formatWarningSummary(result.warnings.summary())));
  const skipped = skippedList(result);
  if (skipped) console.log(forTerminal(skipped));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${forTerminal((error as Error).message)}\n\n${USAGE}`);
      process.exit(2);
    }
    console.error(forTerminal(error instanceof ImportError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)));
    if (error instanceof InvalidItemsError) console.error('--skip-invalid imports the rest, leaving these items out and listing them.');
    process.exit(1);
  },
);
