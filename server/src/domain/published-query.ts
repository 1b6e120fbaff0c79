/**
 * A published read must not depend on unpublished data (docs/api.md). Strapi 5 applies `status` to the
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

/** The filter operators a query language spells: REST's `$and`, GraphQL's `and`. */
export interface FilterOperators {
  and: string;
  or: string;
  not: string;
  eq: string;
  notNull: string;
}

export const REST_OPERATORS: FilterOperators = {
  and: '$and',
  or: '$or',
  not: '$not',
  eq: '$eq',
  notNull: '$notNull',
};
/** Strapi's GraphQL filter inputs name the same operators without the `$`. */
export const GRAPHQL_OPERATORS: FilterOperators = {
  and: 'and',
  or: 'or',
  not: 'not',
  eq: 'eq',
  notNull: 'notNull',
};

const isPlainObject = (value: unknown): value is Filters =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `filters` with `publishedAt $notNull` added at every relation hop into a type with drafts, at any
 * depth and inside `$and`, `$or` and `$not`. A relation given a bare value (`article=5`) is an id.
 */
export function publishedOnlyFilters(
  filters: unknown,
  uid: string,
  lookup: ModelLookup,
  operators: FilterOperators = REST_OPERATORS
): unknown {
  if (Array.isArray(filters))
    return filters.map((item) => publishedOnlyFilters(item, uid, lookup, operators));
  if (!isPlainObject(filters)) return filters;
  const model = lookup(uid);
  const published = { publishedAt: { [operators.notNull]: true } };
  const result: Filters = {};
  for (const [key, value] of Object.entries(filters)) {
    const target = model?.relations[key];
    if (key === operators.and || key === operators.or || key === operators.not) {
      result[key] = publishedOnlyFilters(value, uid, lookup, operators);
    } else if (target) {
      const inner =
        isPlainObject(value) || Array.isArray(value)
          ? publishedOnlyFilters(value, target, lookup, operators)
          : { id: { [operators.eq]: value } };
      result[key] = lookup(target)?.draftAndPublish
        ? { [operators.and]: [inner, published] }
        : inner;
    } else {
      result[key] = value;
    }
  }
  return result;
}

/** Every sort path a client gave (`a.b:asc`, `['a:desc']`, `{ a: { b: 'asc' } }`), as attribute names. */
export function sortPaths(sort: unknown): string[][] {
  if (typeof sort === 'string')
    return sort
      .split(',')
      .map((part) => part.trim().split(':')[0].split('.'))
      .filter((path) => path[0] !== '');
  if (Array.isArray(sort)) return sort.flatMap(sortPaths);
  if (!isPlainObject(sort)) return [];
  return Object.entries(sort).flatMap(([key, value]) =>
    isPlainObject(value) || Array.isArray(value)
      ? sortPaths(value).map((path) => [key, ...path])
      : [[key]]
  );
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

export interface ReadQuery {
  status?: unknown;
  filters?: unknown;
  sort?: unknown;
}

export interface PublishedReadOptions {
  /** The content type read. */
  uid: string;
  /** For a type without drafts whose entries belong to an article (quotes): the relation to it. */
  throughRelation?: string;
  /** Whether the reader presented credentials (a token, an end user): only they may ask for drafts. */
  authenticated: boolean;
  lookup: ModelLookup;
  operators?: FilterOperators;
}

export type PublishedRead<Q extends ReadQuery> = { query: Q } | { refusedSort: string };

/**
 * The query a content-API read runs (docs/security.md), on REST and GraphQL alike:
 * - a reader without credentials reads published rows: Strapi 5 honours `status=draft` for anyone
 *   allowed to `find`, the Public role included;
 * - a read that is not for drafts reaches published articles only through every relation, reads
 *   the entries of a type without drafts (quotes) of published articles only, and may not sort
 *   through a relation into articles (the join would order by draft text): `refusedSort` names it.
 * A reader with credentials asking for drafts reads them, as Strapi intends.
 */
export function publishedRead<Q extends ReadQuery>(
  query: Q,
  options: PublishedReadOptions
): PublishedRead<Q> {
  const { uid, throughRelation, authenticated, lookup, operators = REST_OPERATORS } = options;
  const result: Q = { ...query };
  if (!authenticated) result.status = 'published';
  if (String(result.status).toLowerCase() === 'draft') return { query: result };
  const refusedSort = sortThroughDrafts(result.sort, uid, lookup);
  if (refusedSort) return { refusedSort };
  const own =
    result.filters === undefined || result.filters === null
      ? undefined
      : publishedOnlyFilters(result.filters, uid, lookup, operators);
  const ofPublished = throughRelation && {
    [throughRelation]: { publishedAt: { [operators.notNull]: true } },
  };
  const all = [own, ofPublished].filter(Boolean);
  if (all.length > 0) result.filters = all.length === 1 ? all[0] : { [operators.and]: all };
  return { query: result };
}
