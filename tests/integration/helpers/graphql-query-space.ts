import type { Core } from '@strapi/strapi';

import { querySpace, type Query, type Secrets } from './query-space';

/**
 * The no-leak oracle's query space (helpers/query-space) as GraphQL documents: each REST query a
 * client can send on a type, asked of its GraphQL list query, once as is and once with
 * `status: DRAFT` on the root, which nested relations inherit in Strapi's GraphQL.
 */

type Attributes = Record<
  string,
  { type: string; target?: string; relation?: string; private?: boolean }
>;

const attributesOf = (strapi: Core.Strapi, uid: string) =>
  (strapi.getModel(uid as never) as { attributes: Attributes }).attributes;

/** A JavaScript value as a GraphQL input literal: object keys bare, REST's `$eq` as GraphQL's `eq`. */
export function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([key, inner]) => `${key.replace(/^\$/, '')}: ${literal(inner)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** The scalar fields of a type, and the relations a REST `populate` asked for, as a selection set. */
function selection(strapi: Core.Strapi, uid: string, populate: unknown): string {
  const attributes = attributesOf(strapi, uid);
  const scalars = Object.entries(attributes)
    .filter(
      ([name, attribute]) =>
        attribute.type !== 'relation' && !attribute.private && name !== 'localizations'
    )
    .map(([name]) => name);
  const nested = Object.entries(
    populate !== null && typeof populate === 'object' ? (populate as Query) : {}
  ).map(([relation, inner]) => {
    const target = attributes[relation]?.target as string;
    const options = inner !== null && typeof inner === 'object' ? (inner as Query) : {};
    // Only a to-many relation takes filters in GraphQL.
    const toMany = attributes[relation]?.relation?.endsWith('Many');
    const args = options.filters && toMany ? `(filters: ${literal(options.filters)})` : '';
    return `${relation}${args} { ${selection(strapi, target, options.populate)} }`;
  });
  return ['documentId', ...scalars, ...nested].join(' ');
}

/** `populate: '*'`: every relation of the type into the plugin's types (the admin's `createdBy` is not in GraphQL), one level. */
function everyRelation(strapi: Core.Strapi, uid: string): Query {
  return Object.fromEntries(
    Object.entries(attributesOf(strapi, uid))
      .filter(
        ([name, attribute]) =>
          attribute.type === 'relation' &&
          String(attribute.target).startsWith('plugin::newsroom.') &&
          name !== 'localizations'
      )
      .map(([name]) => [name, true])
  );
}

function document(
  strapi: Core.Strapi,
  field: string,
  uid: string,
  query: Query,
  draft: boolean
): string {
  const args: string[] = [];
  if (query.filters) args.push(`filters: ${literal(query.filters)}`);
  if (query.sort) args.push(`sort: ${literal(query.sort)}`);
  const pagination = query.pagination as { pageSize?: number } | undefined;
  if (pagination?.pageSize) args.push(`pagination: { pageSize: ${pagination.pageSize} }`);
  if (draft) args.push('status: DRAFT');
  const populate = query.populate === '*' ? everyRelation(strapi, uid) : query.populate;
  const list = `${field}${args.length ? `(${args.join(', ')})` : ''} { ${selection(strapi, uid, populate)} }`;
  const total = `${field}_connection${args.length ? `(${args.join(', ')})` : ''} { pageInfo { total } }`;
  return `{ ${list} ${total} }`;
}

export interface GraphQLAsk {
  document: string;
  /** Asks for drafts, as only the public may without reading them (a token reads drafts if it asks). */
  draft: boolean;
}

export function graphqlQuerySpace(
  strapi: Core.Strapi,
  field: string,
  uid: string,
  secrets: Secrets
): GraphQLAsk[] {
  return (
    querySpace(strapi, uid, secrets)
      // GraphQL's filter inputs have no `id`: the never-true branch of an `$or` is a documentId there.
      .map(
        (query) =>
          JSON.parse(
            JSON.stringify(query).replace(/"id":\{"\$eq":-1\}/g, '"documentId":{"$eq":"none"}')
          ) as Query
      )
      .flatMap((query) =>
        [false, true].map((draft) => ({
          document: document(strapi, field, uid, query, draft),
          draft,
        }))
      )
  );
}
