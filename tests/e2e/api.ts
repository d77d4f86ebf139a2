import type { APIRequestContext } from '@playwright/test';
import type { ArticleResponse, CategoryPage, LatestPage } from '../../src/model/api';

/** Reads the built static API, so tests follow whatever the demo newsroom holds. */
export async function getJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(`/api/v1/${path}`, { headers: { Accept: 'application/json' } });
  if (!response.ok()) throw new Error(`GET /api/v1/${path} → ${response.status()}`);
  return (await response.json()) as T;
}

export const latest = (request: APIRequestContext) => getJson<LatestPage>(request, 'latest/1.json');
export const article = (request: APIRequestContext, slug: string) => getJson<ArticleResponse>(request, `articles/${slug}.json`);
export const category = (request: APIRequestContext, path: string) => getJson<CategoryPage>(request, `categories/${path}/1.json`);
