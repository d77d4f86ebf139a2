import type { ContentProblem } from '../../pipeline/content/content-error';
import { describeValue } from '../problems';
import { asWordPressError, describeWordPressError, readJsonText } from '../read-json';
import { EXPECTED, type Endpoint, type Sourced } from './dump';

export type EndpointRead = { ok: true; items: Sourced[] } | { ok: false; problem: ContentProblem };

/** The items of one WordPress response (file contents or response body), or what is wrong with it. */
export function endpointItems(text: string, file: string, endpoint: Endpoint): EndpointRead {
  const expected = EXPECTED[endpoint];
  const json = readJsonText(text, expected);
  if (!json.ok) return { ok: false, problem: { file, message: json.message } };
  const value = json.value;
  if (Array.isArray(value)) return { ok: true, items: value.map((item, index) => ({ file, index, value: item })) };
  const error = asWordPressError(value);
  const message = error ? `is ${describeWordPressError(error)} instead of ${expected}` : `expected ${expected}, got ${describeValue(value)}`;
  return { ok: false, problem: { file, message } };
}
