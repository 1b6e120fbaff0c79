import type { Core } from '@strapi/strapi';

const API_TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

/**
 * Whether the request being served may learn which document holds a slug, with its draft's
 * headline (docs/slugs.md names the holder; docs/api.md keeps drafts from whoever may not read them):
 * - code outside any request (`strapi.documents` in a script): yes;
 * - an admin: when the Content Manager would let them read that entry (an Author reads only their
 *   own, by the `admin::is-creator` condition, which is why `entry` carries `createdBy`);
 * - the content API: a full-access token, which reads drafts anyway; no one else.
 */
export function canReadHolder(strapi: Core.Strapi, uid: string, entry: object | null): boolean {
  const ctx = strapi.requestContext.get() as
    | {
        state?: {
          userAbility?: unknown;
          auth?: { strategy?: { name?: string }; credentials?: { type?: string } };
        };
      }
    | undefined;
  if (!ctx?.state) return true;
  const { userAbility, auth } = ctx.state;
  // The content API sets a `userAbility` of its own: the strategy tells an admin from a token.
  if (auth?.strategy?.name === 'admin') {
    if (!entry || !userAbility) return false;
    const checker = strapi
      .plugin('content-manager')
      .service('permission-checker')
      .create({ userAbility, model: uid });
    return checker.can.read(entry) as boolean;
  }
  // 'content-api-token' in Strapi 5.54 ('api-token' before).
  return (
    API_TOKEN_STRATEGIES.has(auth?.strategy?.name ?? '') &&
    auth?.credentials?.type === 'full-access'
  );
}
