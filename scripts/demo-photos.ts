/**
 * Synthesises the demo newsroom's photo-like hero pictures (2400×1600 JPEGs) from layered gradients,
 * soft cloud noise, shapes and film grain, so the demo has real raster photographs to serve without
 * borrowing anyone's. Seeded: the same script writes the same files.
 *
 *   npx tsx scripts/demo-photos.ts [content-dir]   (default content/demo; writes <dir>/images/photo-*.jpg)
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const WIDTH = 2400;
const HEIGHT = 1600;
type Rgb = readonly [number, number, number];

/** mulberry32: a small seeded generator, so every run paints the same picture. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

class Canvas {
  readonly px = new Float32Array(WIDTH * HEIGHT * 3);
  constructor(readonly rand: () => number) {}

  /** Paints each pixel of a box with what `shade` says (a colour and its opacity), or leaves it. */
  paint(x0: number, y0: number, x1: number, y1: number, shade: (x: number, y: number) => [Rgb, number] | undefined): void {
    for (let y = Math.max(0, Math.floor(y0)); y < Math.min(HEIGHT, Math.ceil(y1)); y += 1) {
      for (let x = Math.max(0, Math.floor(x0)); x < Math.min(WIDTH, Math.ceil(x1)); x += 1) {
        const found = shade(x, y);
        if (!found) continue;
        const [c, alpha] = found;
        const i = (y * WIDTH + x) * 3;
        for (let k = 0; k < 3; k += 1) this.px[i + k] = this.px[i + k]! * (1 - alpha) + c[k]! * alpha;
      }
    }
  }

  /** A sky or a sea: colour stops from top to bottom of a band. */
  gradient(y0: number, y1: number, stops: readonly Rgb[]): void {
    this.paint(0, y0, WIDTH, y1, (_x, y) => {
      const t = clamp01((y - y0) / (y1 - y0)) * (stops.length - 1);
      const i = Math.min(stops.length - 2, Math.floor(t));
      return [mix(stops[i]!, stops[i + 1]!, t - i), 1];
    });
  }

  /** A disc with a soft glow around it (a sun, a lamp). */
  glow(cx: number, cy: number, r: number, colour: Rgb, reach: number): void {
    this.paint(cx - reach, cy - reach, cx + reach, cy + reach, (x, y) => {
      const d = Math.hypot(x - cx, y - cy);
      if (d <= r) return [colour, 1];
      return d < reach ? [colour, 0.55 * (1 - (d - r) / (reach - r)) ** 2] : undefined;
    });
  }

  /** A box lit from the left: lighter on the lit side, darker at its foot. */
  block(x0: number, y0: number, x1: number, y1: number, colour: Rgb, light = 0.12): void {
    this.paint(x0, y0, x1, y1, (x, y) => {
      const across = (x - x0) / Math.max(1, x1 - x0);
      const down = (y - y0) / Math.max(1, y1 - y0);
      const k = 1 + light * (0.5 - across) - 0.18 * down;
      return [[colour[0] * k, colour[1] * k, colour[2] * k], 1];
    });
  }

  /** A dome (half an ellipse) standing on y. */
  dome(cx: number, y: number, rx: number, ry: number, colour: Rgb): void {
    this.paint(cx - rx, y - ry, cx + rx, y, (x, yy) => {
      const dx = (x - cx) / rx;
      const dy = (yy - y) / ry;
      if (dx * dx + dy * dy > 1) return undefined;
      const k = 1 + 0.25 * -dx;
      return [[colour[0] * k, colour[1] * k, colour[2] * k], 1];
    });
  }

  /** A tilted rectangle (a leaning tower, a turbine blade), from a foot point, `lean` radians off vertical. */
  beam(fx: number, fy: number, length: number, thickness: number, lean: number, colour: Rgb): void {
    const ux = Math.sin(lean);
    const uy = -Math.cos(lean);
    const xs = [fx, fx + ux * length];
    const ys = [fy, fy + uy * length];
    this.paint(Math.min(...xs) - thickness, Math.min(...ys) - thickness, Math.max(...xs) + thickness, Math.max(...ys) + thickness, (x, y) => {
      const along = (x - fx) * ux + (y - fy) * uy;
      const side = (x - fx) * -uy + (y - fy) * ux;
      if (along < 0 || along > length || Math.abs(side) > thickness / 2) return undefined;
      const k = 1 + 0.2 * (side / thickness);
      return [[colour[0] * k, colour[1] * k, colour[2] * k], 1];
    });
  }

  /** Soft clouds or haze: smooth value noise over a band, blended in with `strength`. */
  haze(y0: number, y1: number, colour: Rgb, strength: number, cell = 160): void {
    const cols = Math.ceil(WIDTH / cell) + 2;
    const rows = Math.ceil((y1 - y0) / cell) + 2;
    const grid = Array.from({ length: cols * rows }, () => this.rand());
    const at = (gx: number, gy: number) => grid[gy * cols + gx]!;
    const smooth = (t: number) => t * t * (3 - 2 * t);
    this.paint(0, y0, WIDTH, y1, (x, y) => {
      const fx = x / cell;
      const fy = (y - y0) / cell;
      const gx = Math.floor(fx);
      const gy = Math.floor(fy);
      const tx = smooth(fx - gx);
      const ty = smooth(fy - gy);
      const top = at(gx, gy) + (at(gx + 1, gy) - at(gx, gy)) * tx;
      const bottom = at(gx, gy + 1) + (at(gx + 1, gy + 1) - at(gx, gy + 1)) * tx;
      const n = top + (bottom - top) * ty;
      // Fades out towards the band's edges, so the haze has no seam.
      const edge = clamp01(Math.min(y - y0, y1 - y) / (cell * 1.5));
      return [colour, strength * edge * clamp01((n - 0.45) * 2.2)];
    });
  }

  /** Film grain over the whole picture, and a vignette: what makes flat shapes read as a photograph. */
  finish(grain: number, vignette: number): void {
    for (let y = 0; y < HEIGHT; y += 1) {
      for (let x = 0; x < WIDTH; x += 1) {
        const d = Math.hypot((x - WIDTH / 2) / (WIDTH / 2), (y - HEIGHT / 2) / (HEIGHT / 2));
        const dark = 1 - vignette * Math.max(0, d - 0.55) ** 2;
        const n = (this.rand() - 0.5) * grain;
        const i = (y * WIDTH + x) * 3;
        for (let k = 0; k < 3; k += 1) this.px[i + k] = this.px[i + k]! * dark + n;
      }
    }
  }

  async save(file: string): Promise<number> {
    const bytes = Buffer.alloc(this.px.length);
    for (let i = 0; i < this.px.length; i += 1) bytes[i] = Math.round(Math.min(255, Math.max(0, this.px[i]!)));
    const info = await sharp(bytes, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
      .blur(0.8)
      .jpeg({ quality: 80, mozjpeg: true })
      .toFile(file);
    return info.size;
  }
}

/** Mosul's old city at dusk: a warm sky, the leaning minaret, a dome and rows of stone houses. */
function oldCity(c: Canvas): void {
  const r = c.rand;
  c.gradient(0, 1100, [[70, 92, 140], [196, 140, 110], [242, 190, 128]]);
  c.haze(0, 700, [250, 214, 180], 0.35, 220);
  c.glow(1750, 930, 70, [255, 236, 190], 420);
  c.dome(1200, 980, 210, 190, [150, 150, 140]);
  c.block(1000, 980, 1400, 1120, [176, 150, 118]);
  c.beam(700, 1060, 760, 92, 0.05, [150, 106, 78]);
  c.block(660, 1000, 780, 1120, [140, 100, 74]);
  for (let x = -40; x < WIDTH; x += 110 + r() * 120) {
    const top = 960 + r() * 180;
    const w = 120 + r() * 150;
    c.block(x, top, x + w, HEIGHT, mix([188, 160, 124], [122, 96, 74], r()), 0.25);
    for (let wy = top + 40; wy < 1500; wy += 90 + r() * 40) {
      if (r() < 0.55) c.block(x + w * 0.3, wy, x + w * 0.3 + 26, wy + 46, [60, 44, 36], 0);
    }
  }
  c.gradient(1480, HEIGHT, [[104, 84, 68], [70, 58, 50]]);
  c.haze(1000, HEIGHT, [236, 196, 150], 0.18, 120);
  c.finish(30, 0.6);
}

/** Offshore turbines on a calm grey-blue sea under a pale, clouded sky. */
function windFarm(c: Canvas): void {
  const r = c.rand;
  c.gradient(0, 900, [[150, 170, 190], [206, 216, 222], [226, 228, 224]]);
  c.haze(0, 820, [246, 246, 244], 0.5, 260);
  c.gradient(900, HEIGHT, [[118, 140, 156], [70, 92, 110], [44, 62, 78]]);
  c.haze(900, HEIGHT, [170, 188, 200], 0.22, 60);
  for (let i = 0; i < 9; i += 1) {
    const depth = i / 8;
    const x = 180 + i * 250 + r() * 60;
    const base = 905 + depth * 40;
    const tall = 420 - depth * 220;
    const shade: Rgb = mix([236, 238, 238], [188, 196, 204], depth);
    c.beam(x, base, tall, 18 - depth * 9, 0, shade);
    const hubY = base - tall;
    const turn = r() * Math.PI * 2;
    for (let b = 0; b < 3; b += 1) c.beam(x, hubY, tall * 0.55, 10 - depth * 5, turn + (b * 2 * Math.PI) / 3, shade);
    c.glow(x, hubY, 12 - depth * 6, shade, 14 - depth * 6);
  }
  c.finish(26, 0.5);
}

/** Rows of solar panels across dunes under a pale sun, a pylon on the horizon. */
function desertSolar(c: Canvas): void {
  const r = c.rand;
  c.gradient(0, 760, [[120, 160, 200], [196, 210, 214], [236, 226, 206]]);
  c.glow(1900, 300, 80, [255, 250, 232], 520);
  c.gradient(760, HEIGHT, [[226, 196, 150], [204, 166, 116], [176, 136, 92]]);
  c.haze(760, HEIGHT, [240, 214, 170], 0.4, 140);
  c.beam(420, 770, 260, 10, 0, [96, 90, 86]);
  c.beam(420, 610, 150, 8, 1.2, [96, 90, 86]);
  c.beam(420, 610, 150, 8, -1.2, [96, 90, 86]);
  for (let row = 0; row < 9; row += 1) {
    const t = row / 8;
    const y = 820 + t * t * 700;
    const h = 14 + t * 90;
    const shift = r() * 80;
    for (let x = -shift; x < WIDTH; x += 60 + t * 260) {
      c.block(x, y, x + 40 + t * 230, y + h, mix([40, 58, 96], [24, 36, 70], r()), 0.4);
      c.block(x, y, x + 40 + t * 230, y + Math.max(2, h * 0.08), [170, 186, 206], 0);
    }
  }
  c.finish(28, 0.55);
}

const PHOTOS: { file: string; seed: number; draw: (c: Canvas) => void }[] = [
  { file: 'photo-mosul-old-city.jpg', seed: 1, draw: oldCity },
  { file: 'photo-baltic-wind.jpg', seed: 2, draw: windFarm },
  { file: 'photo-desert-solar.jpg', seed: 3, draw: desertSolar },
];

async function main(): Promise<void> {
  const dir = path.join(process.argv[2] ?? 'content/demo', 'images');
  await mkdir(dir, { recursive: true });
  for (const photo of PHOTOS) {
    const canvas = new Canvas(random(photo.seed));
    photo.draw(canvas);
    const size = await canvas.save(path.join(dir, photo.file));
    console.log(`${path.join(dir, photo.file)}: ${WIDTH}×${HEIGHT}, ${(size / 1024).toFixed(0)} KB`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
