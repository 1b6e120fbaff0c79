import { ARTICLE } from '../../content-types/uids';
import { decideSlug, type SlugDecision } from '../../domain/slug';
import { getService } from '../../utils/get-service';
import { byAction, entriesOf, type ArticleRule } from '../rule';
import { draftBefore, isDraft, isPublished, type WriteContext } from '../write-context';
import { metadataOf } from '../../repositories/metadata';
import { slugClaims } from '../../repositories/slug-claims';

/**
 * Article slugs (docs/slugs.md). Slugs belong to the document, not the row: Strapi 5 keeps a draft
 * and a published row per document and locale, and both carry the same slug. The claims are made
 * in the write's transaction, so a failed write leaves none behind.
 */

/** Published once means stable (docs/slugs.md): firstPublishedAt survives unpublishing. */
function wasPublished(context: WriteContext): boolean {
  return Boolean(draftBefore(context)?.firstPublishedAt) || context.rowsBefore.some(isPublished);
}

/** What the write does to the slug: the one decision a save and the preview share. */
export function slugDecisionOf(context: WriteContext): SlugDecision {
  const draft = draftBefore(context);
  const current = draft && {
    slug: draft.slug,
    headline: draft.headline,
    wasPublished: wasPublished(context),
  };
  return decideSlug(current, context.data, context.slugRules);
}

const targetOf = (context: WriteContext, documentId: string, locale = context.locale ?? '') => ({
  uid: ARTICLE,
  locale,
  documentId,
});

const slugs = (context: WriteContext) => getService(context.strapi, 'slugs');
const articles = (context: WriteContext) => context.strapi.db.query(ARTICLE);

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
const createDocument: ArticleRule = async (context, next) => {
  const { data, params, slugRules: rules } = context;
  const source = context.action === 'clone' ? draftBefore(context) : null;
  // A clone never keeps its source's slug: that would be two documents with one slug.
  const write = source
    ? {
        headline: data.headline ?? source.headline,
        slug: data.slug === source.slug ? undefined : data.slug,
      }
    : data;
  const decision = decideSlug(null, write, rules);
  const placeholder = targetOf(context, slugs(context).placeholderId());
  const guess = await slugs(context).guess({ target: placeholder, decision, rules });
  if (params.status === 'published' && !source) {
    const documentId = (data.documentId ??= newDocumentId(context)) as string;
    data.slug = await slugs(context).apply({
      target: targetOf(context, documentId),
      decision,
      rules,
      guess,
    });
    return next();
  }
  data.slug = guess;
  if (source) data.slugHistory = [];
  const created = await next();
  if (!created) return created;
  const target = targetOf(context, created.documentId);
  const slug = await slugs(context).apply({ target, decision, rules, guess });
  if (slug !== guess) {
    await articles(context).updateMany({
      where: { documentId: created.documentId, locale: target.locale },
      data: { slug },
    });
    for (const entry of entriesOf(created)) entry.slug = slug;
  }
  return created;
};

/** The attribute's own default (cuid2): the document id Strapi itself would give the article. */
function newDocumentId(context: WriteContext): string {
  return metadataOf(context.strapi, ARTICLE).attributes.documentId.default!() as string;
}

const update: ArticleRule = async (context, next) => {
  const { data, slugRules: rules } = context;
  const documentId = context.params.documentId!;
  const draft = draftBefore(context);
  const target = targetOf(context, documentId);
  // No draft in this locale: Strapi creates the locale (and the document id already exists).
  const slug = await slugs(context).apply({
    target,
    decision: slugDecisionOf(context),
    rules,
    current: draft?.slug ?? null,
  });
  data.slug = slug;
  if (!draft?.slug || slug === draft.slug) return next();

  if (!wasPublished(context)) {
    await slugClaims(context.strapi).release(target, documentId, [draft.slug]);
    return next();
  }
  // A published article's old slug keeps resolving (docs/api.md): it stays claimed and goes to the
  // history, and the published row takes the new slug now, so both rows keep sharing one.
  const slugHistory = [...(draft.slugHistory ?? []).filter((old) => old !== slug), draft.slug];
  data.slugHistory = slugHistory;
  const updated = await next();
  await articles(context).updateMany({
    where: { documentId, locale: target.locale, publishedAt: { $notNull: true } },
    data: { slug, slugHistory },
  });
  return updated;
};

/** A draft written around the pipeline (e.g. by raw queries) may reach publish without a slug. */
const publish: ArticleRule = async (context, next) => {
  const documentId = context.params.documentId!;
  const unslugged = context.rowsBefore.filter((row) => isDraft(row) && row.slug === null);
  for (const draft of unslugged) {
    const slug = await slugs(context).apply({
      target: targetOf(context, documentId, draft.locale),
      decision: { kind: 'generate', source: draft.headline ?? '' },
      rules: context.slugRules,
    });
    await articles(context).update({ where: { id: draft.id }, data: { slug } });
  }
  return next();
};

const remove: ArticleRule = async (context, next) => {
  const deleted = await next();
  const locales = context.locale === null ? undefined : [context.locale];
  await slugClaims(context.strapi).releaseDocument(ARTICLE, context.params.documentId!, locales);
  return deleted;
};

export const slugRule = byAction({
  create: createDocument,
  clone: createDocument,
  update,
  publish,
  delete: remove,
});
