import { readFile } from 'node:fs/promises';
import { getText, HttpError, type HttpOptions } from '../http/fetch-with-retry';
import { ImportError } from '../problems';
import { readJsonText } from '../read-json';
import { isHttpUrl } from '../urls';

export const EXPECTED_FEED = 'a JSON Feed 1.1 document ({"version": "https://jsonfeed.org/version/1.1", "title", "items": […]})';

export interface FeedDocument {
  /** The file or URL, for messages. */
  file: string;
  value: unknown;
  /** Where the feed was fetched from (relative URLs in it resolve against it). */
  url?: string;
}

/** Reads a JSON Feed from a file or an http(s) URL (with the importer's retries and timeout). */
export async function readFeed(source: string, http: HttpOptions = {}): Promise<FeedDocument> {
  let text: string;
  if (isHttpUrl(source)) {
    try {
      const response = await getText(source, http, 'application/feed+json, application/json');
      if (response.status !== 200) throw new ImportError([{ file: source, message: `answered HTTP ${response.status}; expected ${EXPECTED_FEED}` }]);
      text = response.text;
    } catch (error) {
      if (error instanceof HttpError) throw new ImportError([{ file: source, message: `could not be read: ${error.message}` }]);
      throw error;
    }
  } else {
    try {
      text = await readFile(source, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ImportError([{ file: source, message: code === 'ENOENT' ? `does not exist; expected ${EXPECTED_FEED}` : `cannot be read (${code})` }]);
    }
  }
  const json = readJsonText(text, EXPECTED_FEED);
  if (!json.ok) throw new ImportError([{ file: source, message: json.message }]);
  return { file: source, value: json.value, ...(isHttpUrl(source) ? { url: source } : {}) };
}
