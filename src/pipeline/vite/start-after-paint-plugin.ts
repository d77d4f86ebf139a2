import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Plugin } from 'vite';

/** The app's script tags (and module preloads) that Vite puts into index.html. */
const MODULE_TAGS = /\s*<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>|\s*<link rel="modulepreload"[^>]*>/g;

/**
 * What the starter does: import the app once the browser reports the first contentful paint (or, where
 * paint timing is missing, after the next frame), and after 500 ms at the latest — a tab opened in the
 * background paints nothing until shown.
 *
 * At once, instead, when the reader has pressed a button: the page's inline early-controls script
 * (src/app/early-controls.js) holds that press, says so in `window.datelineEarly.wanted`, and calls
 * `window.datelineEarly.start` — the starter's start — for a press after the starter has run.
 */
export function starterSource(appFile: string): string {
  return [
    `let started=false;const start=()=>{if(!started){started=true;import(${JSON.stringify(`./${appFile}`)})}};`,
    `const early=window.datelineEarly;if(early){early.start=start;if(early.wanted)start()}`,
    `if(typeof PerformanceObserver!=="undefined"&&PerformanceObserver.supportedEntryTypes?.includes("paint")){`,
    `new PerformanceObserver((list,observer)=>{if(list.getEntriesByName("first-contentful-paint").length){observer.disconnect();start()}}).observe({type:"paint",buffered:true})`,
    `}else{requestAnimationFrame(()=>setTimeout(start,0))}`,
    `setTimeout(start,500);\n`,
  ].join('');
}

/**
 * Build only. The prerendered page is readable on its own, so its one script is a starter of a few
 * hundred bytes that imports the app (React, the router, the data layer: ~120 KB) once the browser has
 * painted: the first paint never waits for the app's download or evaluation, and hydration follows at
 * once. Runs before spaShell(), so the SPA shell starts the same way.
 */
export function startAfterPaint(): Plugin {
  let base = '/';
  return {
    name: 'dateline-start-after-paint',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (html?.type !== 'asset') return;
      const text = String(html.source);
      const scripts = [...text.matchAll(MODULE_TAGS)].flatMap((m) => (m[1] ? [m[1].slice(base.length)] : []));
      const entry = scripts.find((file) => {
        const chunk = bundle[file];
        return chunk?.type === 'chunk' && chunk.isEntry;
      });
      if (!entry) throw new Error(`startAfterPaint: no entry chunk among the scripts of index.html (${scripts.join(', ')})`);
      const source = starterSource(path.posix.basename(entry));
      const fileName = `assets/start-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source });
      let placed = false;
      html.source = text.replace(MODULE_TAGS, () => {
        if (placed) return '';
        placed = true;
        return `\n    <script type="module" src="${base}${fileName}"></script>`;
      });
    },
  };
}
