import type { SrcsetCandidate } from './context';

/**
 * Reads a srcset attribute ("a.jpg 300w, b.jpg 1024w") the way the HTML spec splits it: a URL up to
 * whitespace, then descriptors up to a comma. Only width descriptors are kept; URLs go through `toUrl`
 * (unsafe ones are left out). Sorted by width, one candidate per width.
 */
export function parseSrcset(value: string, toUrl: (raw: string) => string | undefined): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f';
  let i = 0;
  while (i < value.length) {
    while (i < value.length && (isSpace(value[i]) || value[i] === ',')) i += 1;
    if (i >= value.length) break;
    let url = '';
    while (i < value.length && !isSpace(value[i])) url += value[i++];
    let descriptors = '';
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      while (i < value.length && value[i] !== ',') descriptors += value[i++];
    }
    const width = widthDescriptor(descriptors.trim());
    const src = url ? toUrl(url) : undefined;
    if (width !== undefined && src !== undefined) candidates.push({ src, width });
  }
  return normaliseSrcset(candidates);
}

function widthDescriptor(descriptor: string): number | undefined {
  if (!descriptor.endsWith('w')) return undefined;
  return positiveInt(descriptor.slice(0, -1));
}

/** "640" → 640; anything else (empty, "100%", "12.5", "-3") → undefined. */
export function positiveInt(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '' || text.length > 6 || ![...text].every((ch) => ch >= '0' && ch <= '9')) return undefined;
  const n = Number(text);
  return n > 0 ? n : undefined;
}

export function normaliseSrcset(candidates: readonly SrcsetCandidate[]): SrcsetCandidate[] {
  const byWidth = new Map<number, SrcsetCandidate>();
  for (const c of candidates) if (!byWidth.has(c.width)) byWidth.set(c.width, c);
  return [...byWidth.values()].sort((a, b) => a.width - b.width);
}
