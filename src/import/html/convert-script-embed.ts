import type { Block, EmbedBlock } from '../../model/block';
import { EMBED_PROVIDERS } from '../../model/providers';
import type { ConvertContext } from './context';
import { classList, type HtmlElement, type HtmlNode } from './html-node';
import { collapsePlainText } from './plain-text';
import { providerFrame } from './provider-urls';

interface ScriptEmbed {
  /** The frame the provider's script would have made. */
  src: string;
  /** The page to link to. */
  url: string;
  title?: string;
}

function elements(nodes: readonly HtmlNode[]): HtmlElement[] {
  return nodes.flatMap((n) => (n.kind === 'element' ? [n, ...elements(n.children)] : []));
}

const SAFE_PATH = /^[\w-]+(\/[\w-]+)*$/;

/** The charts some providers embed with a script instead of a frame: Flourish, Infogram, Datawrapper's script embed. */
function scriptEmbed(element: HtmlElement): ScriptEmbed | undefined {
  const classes = classList(element);
  const title = element.attrs['data-title']?.trim() || elements(element.children).find((e) => e.name === 'img')?.attrs.alt?.trim();
  const dataSrc = element.attrs['data-src']?.trim();
  if (classes.includes('flourish-embed') && dataSrc && SAFE_PATH.test(dataSrc)) {
    return { src: `https://flo.uri.sh/${dataSrc}/embed`, url: `https://public.flourish.studio/${dataSrc}/`, title };
  }
  const id = element.attrs['data-id']?.trim();
  if (classes.includes('infogram-embed') && id && SAFE_PATH.test(id)) return { src: `https://e.infogram.com/${id}?src=embed`, url: `https://e.infogram.com/${id}`, title };
  if ((element.attrs.id ?? '').startsWith('datawrapper-vis-')) {
    const script = elements(element.children).find((e) => e.name === 'script' && e.attrs.src);
    const match = /^https:\/\/datawrapper\.dwcdn\.net\/([\w-]+(?:\/\d+)?)\/embed\.js/.exec(script?.attrs.src ?? '');
    if (match) return { src: `https://datawrapper.dwcdn.net/${match[1]}/`, url: `https://datawrapper.dwcdn.net/${match[1]}/`, title };
  }
  return undefined;
}

export const isScriptEmbed = (element: HtmlElement) => element.name === 'div' && scriptEmbed(element) !== undefined;

/** A provider's script embed → the frame its script would have made (loaded only when the reader asks), the script itself counted and gone. */
export function convertScriptEmbed(element: HtmlElement, ctx: ConvertContext): Block[] {
  const found = scriptEmbed(element);
  const frame = found ? providerFrame(found.src) : undefined;
  if (!found || !frame) return [];
  const name = EMBED_PROVIDERS[frame.provider].name;
  ctx.warn('embed-script-dropped', new URL(frame.src).hostname);
  const block: EmbedBlock = {
    type: 'embed',
    provider: name,
    url: ctx.linkUrl(found.url) ?? frame.src,
    title: collapsePlainText(found.title ?? '') || ctx.figure?.caption || name,
    frame: { provider: frame.provider, src: frame.src, ...(ctx.figure?.aspect ? { aspect: ctx.figure.aspect } : {}) },
  };
  return [block];
}
