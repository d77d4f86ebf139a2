// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { keepImageFor } from '../../../../src/import/image-hosts';
import type { ImportWarning } from '../../../../src/import/warnings';
import { buildMediaIndex } from '../../../../src/import/wordpress/map-media';
import type { WpMedia } from '../../../../src/import/wordpress/wp-schemas';

const media = (id: number, url: string, sizes: Record<string, { source_url: string; width: number; height: number }> = {}): WpMedia => ({
  id,
  source_url: url,
  alt_text: '',
  media_details: { width: 1200, height: 600, sizes },
});

describe('featured images on private addresses', () => {
  it('drops a hero on a link-local or private address with a warning, and leaves such sizes out of a srcset', () => {
    const index = buildMediaIndex(
      [
        media(1, 'http://169.254.169.254/latest/hero.jpg'),
        media(2, 'https://cdn.example/hero.jpg', {
          medium: { source_url: 'http://192.168.1.20/hero-600.jpg', width: 600, height: 300 },
          large: { source_url: 'https://cdn.example/hero-900.jpg', width: 900, height: 450 },
        }),
      ],
      keepImageFor('https://news.example/'),
    );
    const warnings: ImportWarning[] = [];
    const warn = (kind: ImportWarning['kind'], detail?: string, subject?: string) => warnings.push({ kind, detail, subject });
    expect(index.hero(1, warn)).toBeUndefined();
    expect(warnings).toEqual([{ kind: 'image-private-address', detail: 'featured image', subject: 'http://169.254.169.254/latest/hero.jpg' }]);
    expect(index.hero(2, warn)?.srcset).toEqual([
      { src: 'https://cdn.example/hero-900.jpg', width: 900 },
      { src: 'https://cdn.example/hero.jpg', width: 1200 },
    ]);
  });
});
