import { ARTICLE } from '../../content-types/uids';
import { dateArticle, type DatingFields } from '../../domain/article-dating';
import { articleNotes } from '../../repositories/article-notes';
import { isValidTimeZone } from '../../domain/time-zone';
import { fieldError } from '../../validation/field-error';
import { byAction, type ArticleRule } from '../rule';
import { draftBefore, isDraft, type ArticleData, type WriteContext } from '../write-context';

/**
 * Datelines, first publication and edition dates (docs/datelines.md), and the last significant
 * update (docs/corrections.md), which is the first publication until a note moves it. The date
 * fields belong to the document: the draft row is dated at publish, and Strapi's publish then
 * copies it to the published row, so both carry the same values. No client sets
 * `lastSignificantUpdateAt`: what one sends is replaced.
 */

const hasText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

/** An ISO instant, or a 400 naming firstPublishedAt. */
function checkedInstant(value: unknown): string {
  const instant = new Date(value as string);
  if (Number.isNaN(instant.getTime()))
    throw fieldError('firstPublishedAt', 'firstPublishedAt must be a date and time', value);
  return instant.toISOString();
}

/** docs/datelines.md: an invalid zone is a 400 naming the field, before anything is written. */
function checkTimeZone(data: ArticleData) {
  if (!hasText(data.datelineTimeZone) || isValidTimeZone(data.datelineTimeZone)) return;
  const message = `datelineTimeZone must be an IANA time zone name such as "Europe/Istanbul", not "${data.datelineTimeZone}"`;
  throw fieldError('datelineTimeZone', message, data.datelineTimeZone);
}

const isoOrNull = (value: string | Date | null | undefined) =>
  value ? new Date(value).toISOString() : null;

/**
 * The fields the article is dated from, as the write will store them: a new article's with the
 * default agency (and stamped when it is created published), a clone's as a story not yet
 * published, an update's over its draft with firstPublishedAt kept. The one answer a save and the
 * preview share.
 */
export function datingFieldsOf(context: WriteContext): DatingFields {
  const { data, params } = context;
  const publishing = params.status === 'published';
  if (context.action === 'clone')
    return { ...draftBefore(context), ...data, firstPublishedAt: null };
  if (context.action === 'update') {
    const draft = draftBefore(context);
    const requested = data.firstPublishedAt ? checkedInstant(data.firstPublishedAt) : null;
    const firstPublishedAt =
      requested ??
      isoOrNull(draft?.firstPublishedAt) ??
      (publishing ? new Date().toISOString() : null);
    return { ...draft, ...data, firstPublishedAt };
  }
  const agency =
    (data.agency as string | null | undefined) ?? (context.settings.agency || undefined);
  // Strapi publishes inside a create asked for status=published, without a publish call.
  const firstPublishedAt =
    publishing && !data.firstPublishedAt
      ? new Date().toISOString()
      : (data.firstPublishedAt as string | null | undefined);
  return { ...data, agency, firstPublishedAt };
}

const dated = (context: WriteContext, fields: DatingFields) => {
  const { dateline, editionDate } = dateArticle(fields, context.settings, new Date());
  return { dateline, editionDate };
};

const create: ArticleRule = async (context, next) => {
  const { data } = context;
  checkTimeZone(data);
  const fields = datingFieldsOf(context);
  if (fields.agency !== undefined) data.agency = fields.agency;
  if (fields.firstPublishedAt !== data.firstPublishedAt)
    data.firstPublishedAt = fields.firstPublishedAt;
  // A new document has no notes yet.
  data.lastSignificantUpdateAt = fields.firstPublishedAt ?? null;
  Object.assign(data, dated(context, fields));
  return next();
};

const clone: ArticleRule = async (context, next) => {
  checkTimeZone(context.data);
  const fields = datingFieldsOf(context);
  // A copy is a new story: it has not been published yet.
  context.data.firstPublishedAt = null;
  context.data.lastSignificantUpdateAt = null;
  Object.assign(context.data, dated(context, fields));
  return next();
};

const update: ArticleRule = async (context, next) => {
  const { data, params } = context;
  checkTimeZone(data);
  const fields = datingFieldsOf(context);
  const { firstPublishedAt } = fields;
  const stored = isoOrNull(draftBefore(context)?.firstPublishedAt);
  // Strapi 5's update nulls any firstPublishedAt it is given (so a Content Manager save, which
  // resends every field, would wipe it). Keep it out of Strapi's write and store it ourselves.
  delete data.firstPublishedAt;
  delete data.lastSignificantUpdateAt;
  Object.assign(data, dated(context, fields));

  const updated = await next();
  if (firstPublishedAt && firstPublishedAt !== stored) {
    // Publishing in the same call (status=published) created the published row already.
    const rows = params.status === 'published' ? {} : { publishedAt: null };
    await context.strapi.db.query(ARTICLE).updateMany({
      where: { documentId: params.documentId, locale: context.locale, ...rows },
      data: { firstPublishedAt },
    });
    const ref = { documentId: params.documentId!, locale: context.locale! };
    await articleNotes(context.strapi).refresh(ref);
    if (updated) updated.firstPublishedAt = firstPublishedAt as string;
  }
  return updated;
};

/** The first publish stamps firstPublishedAt (never moved after), and the dateline takes its date. */
const publish: ArticleRule = async (context, next) => {
  const now = new Date().toISOString();
  for (const draft of context.rowsBefore.filter(isDraft)) {
    const firstPublishedAt = draft.firstPublishedAt ?? now;
    const lastSignificantUpdateAt = draft.lastSignificantUpdateAt ?? firstPublishedAt;
    await context.strapi.db.query(ARTICLE).update({
      where: { id: draft.id },
      data: {
        firstPublishedAt,
        lastSignificantUpdateAt,
        ...dated(context, { ...draft, firstPublishedAt }),
      },
    });
  }
  return next();
};

export const datingRule = byAction({ create, clone, update, publish });
