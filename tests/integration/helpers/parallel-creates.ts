import type request from 'supertest';

/** A REST create's `status`: a draft, published, or none (Strapi 5 then publishes). */
export type CreateStatus = 'draft' | 'published' | undefined;

/**
 * Creates of one headline sent all at once over REST, as clients do: the i-th with `statuses[i]`
 * and `topNewsPriority: i`, first published on `day`, through `http(i)` (one server, or several).
 */
export function parallelRestCreates(
  http: (i: number) => ReturnType<typeof request>,
  token: string,
  headline: string,
  day: string,
  statuses: readonly CreateStatus[]
) {
  return Promise.all(
    statuses.map((status, i) =>
      http(i)
        .post('/api/newsroom/articles')
        .query(status ? { status } : {})
        .set({ Authorization: `Bearer ${token}` })
        .send({ data: { headline, topNewsPriority: i, firstPublishedAt: `${day}T04:00:00.000Z` } })
    )
  );
}

/** §4.5 for those creates: the published ones of the day by priority, highest first, `size` of them. */
export function expectedTopNews(
  statuses: readonly CreateStatus[],
  slugs: readonly string[],
  size = 6
): string[] {
  return statuses
    .flatMap((status, i) => (status === 'draft' ? [] : [i]))
    .sort((a, b) => b - a)
    .slice(0, size)
    .map((i) => slugs[i]);
}
