/**
 * A published read must not depend on unpublished data (spec §5). Strapi 5 applies `status` to the
 * rows it answers, not to the rows a filter or a sort reaches through a relation: a filter on
 * `article.headline` joins every row of the article, draft included, so `$contains` on a draft's
 * words answered whether they were there. These pure rules rewrite a client's query so that every
 * relation hop into a type with drafts reaches published rows only, and refuse what cannot be
 * rewritten (a sort through such a relation orders by whichever row the join met).
 */

export interface ModelShape {
  draftAndPublish: boolean;
  /** Relation attributes by name: their target's uid. */
  relations: Readonly<Record<string, string>>;
}

export type ModelLookup = (uid: string) => ModelShape | undefined;

type Filters = Record<string, unknown>;

const PUBLISHED = { publishedAt: { $notNull: true } } as const;
const LOGICAL_LISTS = new Set(['$and', '$or']);

const isPlainObject = (value: unknown): value is Filters => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `filters` with `publishedAt $notNull` added at every relation hop into a type with drafts, at any
 * depth and inside `$and`, `$or` and `$not`. A relation given a bare value (`article=5`) is an id.
 */
export function publishedOnlyFilters(filters: unknown, uid: string, lookup: ModelLookup): unknown {
  if (Array.isArray(filters)) return filters.map((item) => publishedOnlyFilters(item, uid, lookup));
  if (!isPlainObject(filters)) return filters;
  const model = lookup(uid);
  const result: Filters = {};
  for (const [key, value] of Object.entries(filters)) {
    const target = model?.relations[key];
    if (LOGICAL_LISTS.has(key) || key === '$not') {
      result[key] = publishedOnlyFilters(value, uid, lookup);
    } else if (target) {
      const inner = isPlainObject(value) || Array.isArray(value) ? publishedOnlyFilters(value, target, lookup) : { id: { $eq: value } };
      result[key] = lookup(target)?.draftAndPublish ? { $and: [inner, PUBLISHED] } : inner;
    } else {
      result[key] = value;
    }
  }
  return result;
}

/** Every sort path a client gave (`a.b:asc`, `['a:desc']`, `{ a: { b: 'asc' } }`), as attribute names. */
export function sortPaths(sort: unknown): string[][] {
  if (typeof sort === 'string') return sort.split(',').map((part) => part.trim().split(':')[0].split('.')).filter((path) => path[0] !== '');
  if (Array.isArray(sort)) return sort.flatMap(sortPaths);
  if (!isPlainObject(sort)) return [];
  return Object.entries(sort).flatMap(([key, value]) => (isPlainObject(value) || Array.isArray(value) ? sortPaths(value).map((path) => [key, ...path]) : [[key]]));
}

/** The first sort path that passes through a relation into a type with drafts, or null. */
export function sortThroughDrafts(sort: unknown, uid: string, lookup: ModelLookup): string | null {
  for (const path of sortPaths(sort)) {
    let model = lookup(uid);
    for (const name of path.slice(0, -1)) {
      const target = model?.relations[name];
      if (!target) break;
      model = lookup(target);
      if (model?.draftAndPublish) return path.join('.');
    }
  }
  return null;
}
