import { readFile } from 'node:fs/promises';
import type { ImportedContent } from '../content-bundle';
import { getBytes, HttpError, type HttpOptions } from '../http/fetch-with-retry';
import { requestRefusal } from '../http/request-hosts';
import { importJsonFeed } from '../jsonfeed/map-feed';
import { ImportError } from '../problems';
import { silentProgress, type Progress } from '../progress';
import { htmlPageTitle, readJsonText } from '../read-json';
import { isHttpUrl } from '../urls';
import type { Warnings } from '../warnings';
import { decodeFeed } from './decode-feed';
import { XmlFeedImport, type FeedPage } from './map-xml-feed';
import { ATOM_NS, parseXmlFeed, XmlSyntaxError, type FeedFormat, type FeedHead, type XmlRoot } from './xml-feed';

export const EXPECTED_ANY_FEED = 'an RSS 2.0 (<rss>), Atom 1.0 (<feed xmlns="http://www.w3.org/2005/Atom">) or JSON Feed document';
/** Pages followed through rel="next" links by default. */
export const DEFAULT_MAX_FEED_PAGES = 100;
const CHUNK = 1024 * 1024;

export interface FeedImportOptions {
  http?: HttpOptions;
  lang?: string;
  /** Most documents read, the first one included (RFC 5005 rel="next" links, URL sources only). */
  maxPages?: number;
  /** Progress in megabytes parsed. */
  progress?: Progress;
}

const ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

async function readSource(source: string, http: HttpOptions): Promise<string> {
  let bytes: Uint8Array;
  let contentType: string | null = null;
  if (isHttpUrl(source)) {
    try {
      const response = await getBytes(source, http, ACCEPT);
      if (response.status !== 200) throw new ImportError([{ file: source, message: `answered HTTP ${response.status}; expected ${EXPECTED_ANY_FEED}` }]);
      bytes = response.bytes;
      contentType = response.headers.get('content-type');
    } catch (error) {
      if (error instanceof HttpError) throw new ImportError([{ file: source, message: `could not be read: ${error.message}` }]);
      throw error;
    }
  } else {
    try {
      bytes = await readFile(source);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ImportError([{ file: source, message: code === 'ENOENT' ? `does not exist; expected ${EXPECTED_ANY_FEED}` : `cannot be read (${code})` }]);
    }
  }
  const decoded = decodeFeed(bytes, contentType);
  if (!decoded.ok) throw new ImportError([{ file: source, message: decoded.message }]);
  return decoded.text;
}

/** The format of an XML document from its root element, or why it is not a feed. */
export function xmlFormat(root: XmlRoot, text: string): FeedFormat | { error: string } {
  const name = root.name;
  if (name === 'rss' && (!root.namespace || root.namespace.startsWith('http://backend.userland.com/rss'))) return 'rss';
  if (name === 'feed' && root.namespace === ATOM_NS) return 'atom';
  if (name === 'feed') return { error: `is a <feed> outside the Atom namespace (xmlns="${root.namespace ?? ''}"); expected ${EXPECTED_ANY_FEED}` };
  if (name.toLowerCase() === 'html') {
    const title = htmlPageTitle(text);
    return { error: `is an HTML page${title ? ` ("${title}")` : ''}, not a feed; expected ${EXPECTED_ANY_FEED}` };
  }
  if (name === 'RDF') return { error: `is an RSS 1.0 (RDF) feed, which is not supported; expected ${EXPECTED_ANY_FEED}` };
  return { error: `is XML whose root element is <${name}>${root.namespace ? ` (namespace ${root.namespace})` : ''}, not a feed; expected ${EXPECTED_ANY_FEED}` };
}

const formatName = (format: FeedFormat) => (format === 'rss' ? 'RSS' : 'Atom');

type Detected = { kind: 'json'; value: unknown } | { kind: 'xml' };

/** What a document is, by its content (not its name): JSON Feed, XML (the root decides later), or neither. */
export function detectFeed(text: string, file: string): Detected {
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (start === '') throw new ImportError([{ file, message: `is empty; expected ${EXPECTED_ANY_FEED}` }]);
  if (start.startsWith('{') || start.startsWith('[')) {
    const json = readJsonText(start, EXPECTED_ANY_FEED);
    if (!json.ok) throw new ImportError([{ file, message: json.message }]);
    const version = (json.value as { version?: unknown } | null)?.version;
    if (typeof version === 'string' && version.startsWith('https://jsonfeed.org/')) return { kind: 'json', value: json.value };
    throw new ImportError([{ file, message: `is JSON but not a JSON Feed (no "version": "https://jsonfeed.org/version/1.1"); expected ${EXPECTED_ANY_FEED}` }]);
  }
  if (start.startsWith('<')) return { kind: 'xml' };
  throw new ImportError([{ file, message: `is neither XML nor JSON (it starts with ${JSON.stringify(start.slice(0, 20))}); expected ${EXPECTED_ANY_FEED}` }]);
}

/**
 * `npm run import -- feed`: a file or URL holding RSS 2.0, Atom 1.0 or JSON Feed, told apart by content.
 * XML feeds are stream-parsed item by item; from a URL, RFC 5005 rel="next" links are followed (same
 * host unless --allow-host, at most maxPages documents, each read once). A file follows nothing.
 */
export async function importFeed(source: string, warnings: Warnings, options: FeedImportOptions = {}): Promise<ImportedContent> {
  const http = options.http ?? {};
  const progress = options.progress ?? silentProgress;
  const maxPages = options.maxPages ?? DEFAULT_MAX_FEED_PAGES;
  const fromUrl = isHttpUrl(source);
  let text: string | undefined = await readSource(source, http);
  const detected = detectFeed(text, source);
  if (detected.kind === 'json') return importJsonFeed({ file: source, value: detected.value, ...(fromUrl ? { url: source } : {}) }, warnings, { lang: options.lang });

  const mapper = new XmlFeedImport(warnings, { lang: options.lang });
  const seen = new Set<string>([source]);
  let first: { head: FeedHead; page: FeedPage } | undefined;
  let planned = 0;
  progress.start(0);
  try {
    for (let page: FeedPage | undefined = { file: source, ...(fromUrl ? { url: source } : {}) }; page; ) {
      const current = page;
      const doc = text!;
      text = undefined; // one document's text held at a time
      planned += Math.max(1, Math.ceil(doc.length / CHUNK));
      progress.setTotal(planned);
      let declared = 0;
      const firstFormat = first?.head.format;
      let head: FeedHead;
      try {
        head = parseXmlFeed(doc, {
          onRoot: (root) => {
            const format = xmlFormat(root, doc);
            if (typeof format === 'string' && firstFormat && format !== firstFormat) return { error: `is ${formatName(format)}, but the feed's first page is ${formatName(firstFormat)}` };
            return format;
          },
          onEntry: (entry, live) => mapper.add(entry, current, live),
          onChunk: () => progress.increment(),
          onEntityDeclaration: () => (declared += 1),
          chunkSize: CHUNK,
        });
      } catch (error) {
        if (error instanceof XmlSyntaxError) throw new ImportError([{ file: current.file, message: error.message }]);
        throw error;
      }
      if (declared > 0) warnings.add({ kind: 'entity-not-expanded', subject: `${declared} declared`, file: current.file });
      first ??= { head, page: current };
      page = undefined;
      if (!head.next || !current.url) continue;
      const next = nextPage(head.next, current.url, source, http, warnings, seen, maxPages);
      if (!next) continue;
      text = await readSource(next, http);
      if (detectFeed(text, next).kind !== 'xml') throw new ImportError([{ file: next, message: `is not XML, but the feed's first page is ${formatName(first.head.format)}` }]);
      page = { file: next, url: next };
    }
  } finally {
    progress.stop();
  }
  return mapper.finish(first!.head, first!.page);
}

/** The next page's URL, when it is to be read: resolvable, not read before, on the feed's host, within --max-pages. */
function nextPage(href: string, pageUrl: string, source: string, http: HttpOptions, warnings: Warnings, seen: Set<string>, maxPages: number): string | undefined {
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    warnings.add({ kind: 'next-page-refused', detail: 'not a URL', subject: href.slice(0, 80), file: pageUrl });
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    warnings.add({ kind: 'next-page-refused', detail: 'not http(s)', subject: href.slice(0, 80), file: pageUrl });
    return undefined;
  }
  if (seen.has(url.href)) return undefined; // a loop: every page is read once
  const refusal = requestRefusal(url, new URL(source), http.allowHosts);
  if (refusal) {
    warnings.add({ kind: 'next-page-refused', detail: 'another host or a private address', subject: `${url.href}: ${refusal}`, file: pageUrl });
    return undefined;
  }
  if (seen.size >= maxPages) {
    warnings.add({ kind: 'pages-capped', detail: 'feed', subject: `read ${maxPages} pages; the next was ${url.href}`, file: pageUrl });
    return undefined;
  }
  seen.add(url.href);
  return url.href;
}
