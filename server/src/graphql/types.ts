/** The little of `@strapi/plugin-graphql` the plugin uses, typed here: the plugin is optional. */

/**
 * A resolver middleware of Strapi's graphql plugin: `next` runs the rest with the arguments given.
 * `any`, as in the graphql plugin's own (untyped) resolversConfig: each field's arguments, context
 * and info have their own shape, which each middleware states (published-reads.ts, queries.ts).
 */
export type ResolverMiddleware = (
  next: (parent: unknown, args: any, context: any, info: any) => unknown,
  parent: unknown,
  args: any,
  context: any,
  info: any
) => unknown;

export type ResolversConfig = Record<
  string,
  { middlewares?: ResolverMiddleware[]; auth?: false | { scope: string[] } }
>;

/** Strapi's graphql naming service (services/utils/naming): the names it gives a content type. */
export interface GraphQLNaming {
  getTypeName(contentType: unknown): string;
  getFindQueryName(contentType: unknown): string;
  getFindConnectionQueryName(contentType: unknown): string;
  getFindOneQueryName(contentType: unknown): string;
}
