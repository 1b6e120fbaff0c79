import type { Core, Modules } from '@strapi/strapi';

import { ARTICLE } from '../content-types/uids';
import { decideSlug } from '../domain/slug';
import { getService } from '../utils/get-service';
import { resolveLocale } from '../utils/locale';

type Params = Record<string, any>;
type Next = () => Promise<any>;

export interface ArticleRow {
  id: number;
  locale: string;
  headline: string | null;
  slug: string | null;
  slugHistory: string[] | null;
  firstPublishedAt: string | null;
  publishedAt: string | null;
}

/**
 * Article slugs on every write path (docs/slugs.md): the Content Manager, REST, GraphQL and import all
 * end in the document service, so this one middleware sees them all. Slugs belong to the document,
 * not the row: Strapi 5 keeps a draft and a published row per document and locale, and both carry
 * the same slug. Each action runs in one transaction with its slug claims, so a failed write
 * leaves no claim behind.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const slugs = () => getService(strapi, 'slugs');
  const claims = () => getService(strapi, 'slug-claims');
  const articles = () => strapi.db.query(ARTICLE);
  // The attribute's own default (cuid2): the document id Strapi itself would give the article.
  const newDocumentId = () =>
    (
      strapi.db.metadata.get(ARTICLE as never).attributes as Record<string, any>
    ).documentId.default() as string;

  /**
   * create and clone. A draft create (and every clone) has no document id until Strapi inserts it,
   * so its slug is guessed without a read — the plain slug from the headline, which most headlines
   * leave free — and claimed under the new id after the insert, in the same transaction; a guess
   * that turns out to be taken (by an older document, or by another writer meanwhile) gives way to
   * the next free one, written over the new rows.
   *
   * A create asked for `status: 'published'` (REST's default, GraphQL's PUBLISHED) cannot wait:
   * Strapi publishes inside that same create call, and its publish refuses a `uid` another
   * published row has ("This attribute must be unique") before anything after `next()` runs. So
   * such a create gives Strapi the document id itself (Strapi keeps a `data.documentId` it is
   * given) and claims the slug under it first: the claim's primary key picks the free `-N`, and
   * Strapi's own check then always passes.
   */
  async function createDocument(params: Params, next: Next, source: ArticleRow | null) {
    const data: Params = (params.data ??= {});
    const locale = await resolveLocale(strapi, params.locale);
    // Given the locale, Strapi does not look the default up a second time.
    params.locale = locale;
    // A clone never keeps its source's slug: that would be two documents with one slug.
    const write = source
      ? {
          headline: data.headline ?? source.headline,
          slug: data.slug === source.slug ? undefined : data.slug,
        }
      : data;
    const rules = await slugs().rules();
    const decision = decideSlug(null, write, rules);
    const chosen = await slugs().choose({ uid: ARTICLE, locale }, decision, rules);
    if (params.status === 'published' && !source) {
      const documentId = (data.documentId ??= newDocumentId());
      data.slug = await slugs().claimChosen(
        { uid: ARTICLE, locale, documentId },
        decision,
        chosen,
        rules
      );
      return next();
    }
    data.slug = chosen;
    if (source) data.slugHistory = [];
    const created = await next();
    const slug = await slugs().claimChosen(
      { uid: ARTICLE, locale, documentId: created.documentId },
      decision,
      chosen,
      rules
    );
    if (slug !== chosen) {
      await articles().updateMany({
        where: { documentId: created.documentId, locale },
        data: { slug },
      });
      // A clone answers `{ documentId, entries }`, a create the entry itself.
      for (const entry of created.entries ?? [created]) entry.slug = slug;
    }
    return created;
  }

  async function clone(params: Params, next: Next) {
    const locale = await resolveLocale(strapi, params.locale);
    const source = (await articles().findOne({
      where: { documentId: params.documentId, locale, publishedAt: null },
    })) as ArticleRow | null;
    return createDocument(params, next, source);
  }

  async function update(params: Params, next: Next) {
    const { documentId } = params;
    const locale = await resolveLocale(strapi, params.locale);
    const rows = (await articles().findMany({ where: { documentId, locale } })) as ArticleRow[];
    const draft = rows.find((row) => row.publishedAt === null) ?? null;
    const data: Params = (params.data ??= {});
    const rules = await slugs().rules();
    const target = { uid: ARTICLE, locale, documentId };

    // Published once means stable (docs/slugs.md): firstPublishedAt survives unpublishing.
    const wasPublished =
      Boolean(draft?.firstPublishedAt) || rows.some((row) => row.publishedAt !== null);
    const current = draft && { slug: draft.slug, headline: draft.headline, wasPublished };
    // No draft in this locale: Strapi creates the locale (and the document id already exists).
    const slug = await slugs().apply(
      target,
      decideSlug(current, data, rules),
      draft?.slug ?? null,
      rules
    );
    data.slug = slug;
    if (!draft?.slug || slug === draft.slug) return next();

    if (!wasPublished) {
      await claims().release(target, documentId, [draft.slug]);
      return next();
    }
    // A published article's old slug keeps resolving (docs/api.md): it stays claimed and goes to the history,
    // and the published row takes the new slug now, so both rows keep sharing one.
    const slugHistory = [...(draft.slugHistory ?? []).filter((old) => old !== slug), draft.slug];
    data.slugHistory = slugHistory;
    const updated = await next();
    await articles().updateMany({
      where: { documentId, locale, publishedAt: { $notNull: true } },
      data: { slug, slugHistory },
    });
    return updated;
  }

  /** A draft written around the hooks (e.g. by raw queries) may reach publish without a slug. */
  async function publish(params: Params, next: Next) {
    const locale = params.locale === '*' ? undefined : await resolveLocale(strapi, params.locale);
    const drafts = (await articles().findMany({
      where: {
        documentId: params.documentId,
        publishedAt: null,
        slug: null,
        ...(locale && { locale }),
      },
    })) as ArticleRow[];
    for (const draft of drafts) {
      const rules = await slugs().rules();
      const target = { uid: ARTICLE, locale: draft.locale, documentId: params.documentId };
      const slug = await slugs().claimGenerated(target, draft.headline ?? '', rules);
      await articles().update({ where: { id: draft.id }, data: { slug } });
    }
    return next();
  }

  async function remove(params: Params, next: Next) {
    const deleted = await next();
    const locales =
      params.locale === '*' ? undefined : [await resolveLocale(strapi, params.locale)];
    await claims().releaseDocument(ARTICLE, params.documentId, locales);
    return deleted;
  }

  const handlers: Record<string, (params: Params, next: Next) => Promise<unknown>> = {
    create: (params, next) => createDocument(params, next, null),
    clone,
    update,
    publish,
    delete: remove,
  };

  const middleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
    const handler = context.uid === ARTICLE ? handlers[context.action] : undefined;
    if (!handler) return next();
    const params = context.params as Params;
    // The hooks fill `data` in: on a copy, so a caller that sends one object twice sends it unchanged.
    if (params.data) params.data = { ...params.data };
    return (await strapi.db.transaction(() => handler(params, next))) as Awaited<
      ReturnType<typeof next>
    >;
  };
  return middleware;
};
