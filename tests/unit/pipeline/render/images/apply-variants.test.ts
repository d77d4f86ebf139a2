// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../../src/model/article';
import { toSummary } from '../../../../../src/model/summary';
import type { CompiledSite } from '../../../../../src/pipeline/api/api-documents';
import type { SiteArticle } from '../../../../../src/pipeline/api/compile-article';
import { bodyImages } from '../../../../../src/pipeline/content/article-facts';
import { applyVariants, imageJobs } from '../../../../../src/pipeline/render/images/apply-variants';
import type { ImageVariants } from '../../../../../src/pipeline/render/images/variant-files';
import { article } from '../../../../fixtures/app-api';

const PREFIX = 'media/';
/** A compiled site holding these API articles: each head with its body's images, the bodies kept by slug. */
function siteOf(articles: Article[]): CompiledSite {
  const bodies = new Map(articles.map((a) => [a.slug, a.body]));
  const heads: SiteArticle[] = articles.map(({ body, ...head }) => ({ ...head, bodyImages: bodyImages(body), frameHosts: [], sourceHash: head.slug }));
  return { content: {} as CompiledSite['content'], articles: heads, summaries: heads.map(toSummary), categories: new Map(), body: (a) => bodies.get(a.slug)! };
}

const heroed = (slug: string, src: string, body: Article['body'] = []) => article(slug, { image: { src, alt: slug, width: 2400, height: 1600 }, body });

const variants: ImageVariants = {
  width: 2400,
  height: 1600,
  src: 'media/images/p-abc-1280.jpg',
  srcset: [{ src: 'media/images/p-abc-640.jpg', width: 640 }, { src: 'media/images/p-abc-1280.jpg', width: 1280 }],
  sources: [{ type: 'image/avif', srcset: [{ src: 'media/images/p-abc-640.avif', width: 640 }] }, { type: 'image/webp', srcset: [{ src: 'media/images/p-abc-640.webp', width: 640 }] }],
  placeholder: 'data:image/webp;base64,AAAA',
};

describe('the image step and the compiled site', () => {
  it('asks for each local raster file once, with where it is first used; SVGs and hotlinked pictures are left alone', () => {
    const site = siteOf([
      heroed('a', 'media/images/p.jpg', [{ type: 'image', src: 'media/images/q.png', alt: '', width: 10, height: 10 }]),
      heroed('b', 'media/images/p.jpg'),
      heroed('c', 'media/images/map.svg'),
      heroed('d', 'https://wp.example/uploads/p.jpg'),
    ]);
    expect(imageJobs(site, PREFIX)).toEqual([
      { src: 'images/p.jpg', usedBy: 'articles/a.json, hero' },
      { src: 'images/q.png', usedBy: 'articles/a.json, body.0' },
    ]);
  });

  it("makes a picture from the widest of its files when it comes with its own sizes (an importer's download)", () => {
    const site = siteOf([
      article('a', { image: { src: 'media/images/p-300.jpg', alt: '', width: 300, height: 200, srcset: [{ src: 'media/images/p-300.jpg', width: 300 }, { src: 'media/images/p-1024.jpg', width: 1024 }] } }),
    ]);
    expect(imageJobs(site, PREFIX).map((j) => j.src)).toEqual(['images/p-1024.jpg']);
  });

  it('points each raster image at its variants, in the article and in its summary, and leaves the others as they were', () => {
    const svgBody: Article['body'] = [{ type: 'image', src: 'media/images/map.svg', alt: '', width: 10, height: 10 }];
    const unchanged = siteOf([heroed('c', 'media/images/map.svg', svgBody)]);
    const inBody = { type: 'image' as const, src: 'media/images/p.jpg', alt: 'in the body', width: 2400, height: 1600 };
    const site = applyVariants(siteOf([heroed('a', 'media/images/p.jpg', [inBody]), heroed('c', 'media/images/map.svg', svgBody)]), new Map([['images/p.jpg', variants]]), PREFIX);
    const [a, c] = site.articles;
    expect(a!.image).toMatchObject({ src: variants.src, srcset: variants.srcset, sources: variants.sources, placeholder: variants.placeholder, alt: 'a' });
    expect(site.summaries[0]!.image).toEqual(a!.image);
    // The body the API document is made of, and the body's images the build keys it by, both follow.
    expect(site.body(a!)[0]).toMatchObject({ src: variants.src, srcset: variants.srcset, alt: 'in the body' });
    expect(a!.bodyImages.map((b) => b.image)).toEqual(site.body(a!));
    expect(c).toEqual(unchanged.articles[0]);
    expect(site.body(c!)).toEqual(unchanged.body(unchanged.articles[0]!));
  });
});
