import { useEffect, useRef, useState, type CSSProperties, type MouseEvent } from 'react';
import type { Image } from '../../../model/block';
import { BODY_SIZES } from '../../../ui/image-sizes';
import { Picture } from '../../../ui/Picture';
import { useRichWords } from './rich-words';

/** The box a frame fills: a shape (width:height), or a height in CSS pixels. */
export type FrameShape = { aspect: { width: number; height: number } } | { height: number };

export interface FrameFacadeProps {
  /** Where the link goes before the frame is loaded, and with JavaScript off: the provider's page, or the original. */
  href: string;
  /** The link's words: "Play on YouTube: {title}". */
  label: string;
  /** The provider, named in the privacy note. */
  provider: string;
  /** The frame the link swaps in, from the provider table: a privacy-mode src, the sandbox and the permissions. */
  frame: { src: string; title: string; sandbox: string; allow: string };
  shape: FrameShape;
  /** A still of our own; never the provider's. */
  poster?: Image;
  /** Shown under the frame once it is loaded: a link to the original. */
  source: { href: string; label: string };
  kind: 'video' | 'embed';
}

const positive = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;

function boxStyle(shape: FrameShape): CSSProperties {
  if ('aspect' in shape && positive(shape.aspect.width) && positive(shape.aspect.height)) return { aspectRatio: `${shape.aspect.width} / ${shape.aspect.height}` };
  if ('height' in shape && positive(shape.height)) return { blockSize: `${Math.min(Math.round(shape.height), 4000)}px` };
  return { aspectRatio: '16 / 9' };
}

/** A plain left click (or Enter): anything else (a new tab, a download) is the browser's to do. */
const plainClick = (event: MouseEvent) => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * A third party's player or widget that costs the reader nothing until asked for: a link to the
 * provider (all there is without JavaScript, and in the prerendered page) that, clicked, swaps in the
 * sandboxed frame and moves focus to it. No request reaches the provider before that click.
 */
export function FrameFacade({ href, label, provider, frame, shape, poster, source, kind }: FrameFacadeProps) {
  const words = useRichWords();
  const [open, setOpen] = useState(false);
  const frameRef = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    if (open) frameRef.current?.focus();
  }, [open]);
  const play = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || !plainClick(event)) return;
    event.preventDefault();
    setOpen(true);
  };
  return (
    <div className={`facade facade--${kind}`}>
      <div className="facade__box" style={boxStyle(shape)}>
        {open ? (
          <iframe
            ref={frameRef}
            className="facade__frame"
            src={frame.src}
            title={frame.title}
            sandbox={frame.sandbox}
            allow={frame.allow}
            referrerPolicy="strict-origin-when-cross-origin"
            loading="eager"
          />
        ) : (
          <a className="facade__link" href={href} rel="noopener noreferrer external" onClick={play}>
            {poster && <Picture className="facade__poster" image={poster} alt="" sizes={BODY_SIZES} />}
            <span className="facade__play" aria-hidden="true" />
            <span className="facade__label">{label}</span>
          </a>
        )}
      </div>
      <p className="facade__note">
        {open ? (
          <a href={source.href} rel="noopener noreferrer external">
            {source.label}
          </a>
        ) : (
          words.connectsTo(provider)
        )}
      </p>
    </div>
  );
}
