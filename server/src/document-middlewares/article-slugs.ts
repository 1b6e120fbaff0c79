import type { Core, Modules } from '@strapi/strapi';

import { followsSource, makeSlugBase, type SlugRules } from '../domain/slug';
import { getService } from '../utils/get-service';
import { resolveLocale } from '../utils/locale';

export const ARTICLE = 'plugin::newsroom.article';

type Params = Record<string, any>;
type Next = () => Promise<any>;

interface ArticleRow {
  id: number;
  headline: string | null;
  slug: string | null;
  slugHistory: string[] | null;
  firstPublishedAt: string | null;
  publishedAt: string | null;
}

const hasText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Article slugs on every write path (spec §4.1): the Content Manager, REST, GraphQL and import all
 * end in the document service, so this one middleware sees them all. Slugs belong to the document,
 * not the row: Strapi 5 keeps a draft and a published row per document and locale, and both carry
 * the same slug. Each action runs in one transaction with its slug claims, so a failed write
 * leaves no claim behind.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const slugs = () => getService(strapi, 'slugs');
  const claims = () => getService(strapi, 'slug-claims');
  const articles = () => strapi.db.query(ARTICLE);

  /** A new document (create, clone) or a new locale of one: the given slug, else one from the headline. */
  async function slugForNewEntry(target: { locale: string; documentId: string }, data: Params, rules: SlugRules) {
    const key = { uid: ARTICLE, ...target };
    return hasText(data.slug)
      ? slugs().claimExplicit(key, data.slug, rules)
      : slugs().claimGenerated(key, typeof data.headline === 'string' ? data.headline : '', rules);
  }

  async function create(params: Params, next: Next) {
    const data: Params = (params.data ??= {});
    const locale = await resolveLocale(strapi, params.locale);
    const placeholder = slugs().placeholderId();
    data.slug = await slugForNewEntry({ locale, documentId: placeholder }, data, await slugs().rules());
    const created = await next();
    await claims().reassign(placeholder, created.documentId);
    return created;
  }

  async function clone(params: Params, next: Next) {
    const locale = await resolveLocale(strapi, params.locale);
    const source = (await articles().findOne({ where: { documentId: params.documentId, locale, publishedAt: null } })) as
      | ArticleRow
      | null;
    const data: Params = (params.data ??= {});
    const placeholder = slugs().placeholderId();
    const headline = data.headline ?? source?.headline ?? '';
    // A clone never keeps its source's slug: that would be two documents with one slug.
    const given = hasText(data.slug) && data.slug !== source?.slug ? data.slug : undefined;
    data.slug = await slugForNewEntry({ locale, documentId: placeholder }, { headline, slug: given }, await slugs().rules());
    data.slugHistory = [];
    const cloned = await next();
    await claims().reassign(placeholder, cloned.documentId);
    return cloned;
  }

  async function update(params: Params, next: Next) {
    const { documentId } = params;
    const locale = await resolveLocale(strapi, params.locale);
    const rows = (await articles().findMany({ where: { documentId, locale } })) as ArticleRow[];
    const draft = rows.find((row) => row.publishedAt === null);
    const data: Params = (params.data ??= {});
    const rules = await slugs().rules();
    const target = { uid: ARTICLE, locale, documentId };

    if (!draft) {
      // Strapi creates the locale when an update names one the document does not have yet.
      if (rows.length === 0 && !(await articles().findOne({ where: { documentId } }))) return next();
      data.slug = await slugForNewEntry({ locale, documentId }, data, rules);
      return next();
    }

    // Published once means stable (§4.1.6): firstPublishedAt survives unpublishing.
    const wasPublished = Boolean(draft.firstPublishedAt) || rows.some((row) => row.publishedAt !== null);
    const headline = typeof data.headline === 'string' ? data.headline : draft.headline ?? '';
    const givenSlug = 'slug' in data ? data.slug : undefined;
    let slug = draft.slug;

    if (hasText(givenSlug) && makeSlugBase(givenSlug, rules) !== draft.slug) {
      slug = await slugs().claimExplicit(target, givenSlug, rules);
    } else if (
      !draft.slug ||
      (givenSlug !== undefined && !hasText(givenSlug)) ||
      (!wasPublished && headline !== draft.headline && followsSource(draft.slug, draft.headline ?? '', rules))
    ) {
      slug = await slugs().claimGenerated(target, headline, rules);
    }
    data.slug = slug;
    if (slug === draft.slug || !draft.slug) return next();

    if (!wasPublished) {
      await claims().release(target, documentId, [draft.slug]);
      return next();
    }
    // A published article's old slug keeps resolving (§5): it stays claimed and goes to the history,
    // and the published row takes the new slug now, so both rows keep sharing one.
    const slugHistory = [...(draft.slugHistory ?? []).filter((old) => old !== slug), draft.slug];
    data.slugHistory = slugHistory;
    const updated = await next();
    await articles().updateMany({ where: { documentId, locale, publishedAt: { $notNull: true } }, data: { slug, slugHistory } });
    return updated;
  }

  /** A draft written around the hooks (e.g. by raw queries) may reach publish without a slug. */
  async function publish(params: Params, next: Next) {
    const locale = params.locale === '*' ? undefined : await resolveLocale(strapi, params.locale);
    const drafts = (await articles().findMany({
      where: { documentId: params.documentId, publishedAt: null, slug: null, ...(locale && { locale }) },
    })) as (ArticleRow & { locale: string })[];
    const rules = drafts.length ? await slugs().rules() : undefined;
    for (const draft of drafts) {
      const target = { uid: ARTICLE, locale: draft.locale, documentId: params.documentId };
      const slug = await slugs().claimGenerated(target, draft.headline ?? '', rules!);
      await articles().update({ where: { id: draft.id }, data: { slug } });
    }
    return next();
  }

  async function remove(params: Params, next: Next) {
    const deleted = await next();
    const locales = params.locale === '*' ? undefined : [await resolveLocale(strapi, params.locale)];
    await claims().releaseDocument(ARTICLE, params.documentId, locales);
    return deleted;
  }

  const handlers: Record<string, (params: Params, next: Next) => Promise<unknown>> = {
    create,
    clone,
    update,
    publish,
    delete: remove,
  };

  const middleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
    const handler = context.uid === ARTICLE ? handlers[context.action] : undefined;
    if (!handler) return next();
    return (await strapi.db.transaction(() => handler(context.params as Params, next))) as Awaited<ReturnType<typeof next>>;
  };
  return middleware;
};
