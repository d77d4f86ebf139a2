import { getBytes, HttpError, HttpRefused, type HttpOptions } from '../http/fetch-with-retry';
import { inspectImage, type InspectedImage } from './image-dimensions';

/** The cap on one image: 20 MB (or --max-bytes, if that is lower). */
export const IMAGE_MAX_BYTES = 20 * 1024 * 1024;

export type Download =
  | { ok: true; bytes: Buffer; image: InspectedImage }
  /** `why` groups the warning ("HTTP 404", "not an image", "too large", "refused", "unreachable"). */
  | { ok: false; why: string; hostDown: boolean };

/**
 * One image through the importer's bounded HTTP layer (byte cap, same-host redirects, private
 * addresses refused, retries), kept only if its bytes are an image. A failure is returned, not thrown:
 * `hostDown` says the host itself did not answer (network error, 5xx after every retry).
 */
export async function downloadImage(url: string, http: HttpOptions): Promise<Download> {
  const maxBytes = Math.min(http.maxBytes ?? IMAGE_MAX_BYTES, IMAGE_MAX_BYTES);
  try {
    const response = await getBytes(url, { ...http, maxBytes }, 'image/avif, image/webp, image/png, image/svg+xml, image/*;q=0.8');
    if (response.status < 200 || response.status > 299) return { ok: false, why: `HTTP ${response.status}`, hostDown: false };
    const image = inspectImage(response.bytes);
    return image ? { ok: true, bytes: response.bytes, image } : { ok: false, why: 'not an image', hostDown: false };
  } catch (error) {
    if (error instanceof HttpRefused) return { ok: false, why: /cap of/.test(error.summary) ? 'too large' : 'refused', hostDown: false };
    if (error instanceof HttpError) return { ok: false, why: 'unreachable', hostDown: true };
    throw error;
  }
}
