export type CappedBody = { ok: true; bytes: Buffer } | { ok: false; reason: string };

const bytes = (n: number) => `${n.toLocaleString('en-US')} bytes`;

/**
 * A response body's bytes, read chunk by chunk and given up (the stream cancelled) as soon as it
 * passes `maxBytes`, so an endless or huge body never sits in memory. A Content-Length over the cap is
 * refused before anything is read.
 */
export async function readCapped(response: Response, maxBytes: number): Promise<CappedBody> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    return { ok: false, reason: `the response is ${bytes(declared)} (Content-Length), over the cap of ${bytes(maxBytes)} (--max-bytes)` };
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => {});
        return { ok: false, reason: `the response is larger than the cap of ${bytes(maxBytes)} (--max-bytes)` };
      }
      chunks.push(value);
    }
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}
