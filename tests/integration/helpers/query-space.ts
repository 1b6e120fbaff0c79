import type { Core } from '@strapi/strapi';

/**
 * Every filter, sort and populate a content-API client can send on a type, generated from the
 * schemas (bounded to two relation hops), for the no-leak oracle: what the public may ask, not a
 * list of cases someone thought of.
 */

export type Query = Record<string, unknown>;

interface Field {
  /** Attribute names from the route's type, through relations, to a scalar. */
  path: string[];
  type: string;
}

/** Operators per attribute type: one that matches the secret when it leaks, one that orders by it. */
const SCALAR_VALUES: Record<string, (secret: Secrets) => [string, unknown][]> = {
  string: (s) => [
    ['$contains', s.word],
    ['$lt', s.between],
  ],
  text: (s) => [['$contains', s.word]],
  uid: (s) => [['$startsWith', s.word.toLowerCase()]],
  integer: (s) => [['$eq', s.number]],
  boolean: () => [['$eq', true]],
  date: (s) => [['$gt', s.date]],
  datetime: (s) => [['$gt', `${s.date}T00:00:00.000Z`]],
};

/** What the secret data looks like, so that a filter can hit it when it leaks. */
export interface Secrets {
  /** In every draft-only text. */
  word: string;
  /** The same as a name (quoted speakers are read as capitalised names). */
  name: string;
  /** One whole draft-only value. */
  exact: string;
  /** A value that sorts just after the secret word. */
  between: string;
  /** The draft-only priority. */
  number: number;
  /** A day between the published dates and the draft-only ones. */
  date: string;
}

function fieldsOf(strapi: Core.Strapi, uid: string, hops: number, prefix: string[] = []): Field[] {
  const attributes = (strapi.getModel(uid as never) as { attributes: Record<string, any> })
    .attributes;
  return Object.entries(attributes).flatMap(([name, attribute]) => {
    if (attribute.type === 'relation') {
      if (hops === 0 || !String(attribute.target).startsWith('plugin::newsroom.')) return [];
      return fieldsOf(strapi, attribute.target, hops - 1, [...prefix, name]);
    }
    if (attribute.private || name === 'localizations') return [];
    return [{ path: [...prefix, name], type: attribute.type }];
  });
}

function nest(path: string[], leaf: unknown): Query {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), leaf) as Query;
}

function relationPaths(
  strapi: Core.Strapi,
  uid: string,
  hops: number,
  prefix: string[] = []
): string[][] {
  const attributes = (strapi.getModel(uid as never) as { attributes: Record<string, any> })
    .attributes;
  return Object.entries(attributes).flatMap(([name, attribute]) => {
    if (
      attribute.type !== 'relation' ||
      hops === 0 ||
      !String(attribute.target).startsWith('plugin::newsroom.')
    )
      return [];
    const path = [...prefix, name];
    return [path, ...relationPaths(strapi, attribute.target, hops - 1, path)];
  });
}

/** populate[a][populate][b]=true for a path a.b */
function populateOf(path: string[], leaf: unknown = true): Query {
  const [head, ...rest] = path;
  return { [head]: rest.length === 0 ? leaf : { populate: populateOf(rest, leaf) } };
}

export function querySpace(strapi: Core.Strapi, uid: string, secrets: Secrets): Query[] {
  const fields = fieldsOf(strapi, uid, 2);
  const filters = fields.flatMap(({ path, type }) =>
    (SCALAR_VALUES[type]?.(secrets) ?? []).map(([operator, value]) => ({
      filters: nest(path, { [operator]: value }),
    }))
  );
  // The same through the combinators a client can wrap them in.
  const combined = fields
    .filter(({ path, type }) => type === 'string' && path.length === 2)
    .flatMap(({ path }) => [
      { filters: { $or: [nest(path, { $contains: secrets.word }), { id: { $eq: -1 } }] } },
      { filters: { $not: nest(path, { $contains: secrets.word }) } },
    ]);
  const sorts = fields
    .filter(({ type }) => type in SCALAR_VALUES && type !== 'boolean')
    .map(({ path }) => ({ sort: `${path.join('.')}:asc`, pagination: { pageSize: 100 } }));
  const populates = relationPaths(strapi, uid, 2).map((path) => ({ populate: populateOf(path) }));
  // populate[relation][filters][field][$contains]=secret: a filter on what is populated.
  const populateFilters = fields
    .filter(({ path, type }) => path.length === 2 && type === 'string')
    .map(({ path: [relation, field] }) => ({
      populate: { [relation]: { filters: { [field]: { $contains: secrets.word } } } },
    }));
  const counts = [{ pagination: { pageSize: 1, withCount: true } }, { populate: '*' }];
  return [...filters, ...combined, ...sorts, ...populates, ...populateFilters, ...counts];
}
