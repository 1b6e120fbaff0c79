import type { Core, Modules } from '@strapi/strapi';

import { ARTICLE } from '../content-types/uids';
import { dateArticle, type DatingFields } from '../domain/article-dating';
import { isValidTimeZone } from '../domain/time-zone';
import { getService } from '../utils/get-service';
import { resolveLocale } from '../utils/locale';
import { fieldError } from '../validation/field-error';

type Params = Record<string, any>;
type Next = () => Promise<any>;
type Row = DatingFields & { id: number; locale: string; publishedAt: string | null };

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
function checkTimeZone(data: Params) {
  if (!hasText(data.datelineTimeZone) || isValidTimeZone(data.datelineTimeZone)) return;
  const message = `datelineTimeZone must be an IANA time zone name such as "Europe/Istanbul", not "${data.datelineTimeZone}"`;
  throw fieldError('datelineTimeZone', message, data.datelineTimeZone);
}

/**
 * Datelines, first publication and edition dates (docs/datelines.md) on every write path. The date
 * fields belong to the document: the draft row is dated at publish, and Strapi's publish then
 * copies it to the published row, so both carry the same values.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => getService(strapi, 'settings').get();
  const articles = () => strapi.db.query(ARTICLE);

  /** The generated fields for `fields` as they will be stored. */
  async function dated(fields: DatingFields) {
    const { dateline, editionDate } = dateArticle(fields, await settings(), new Date());
    return { dateline, editionDate };
  }

  /** Strapi publishes inside a create asked for status=published, without a publish call. */
  function stampIfPublishing(params: Params, fields: DatingFields) {
    if (params.status === 'published' && !fields.firstPublishedAt)
      params.data.firstPublishedAt = new Date().toISOString();
  }

  async function create(params: Params, next: Next) {
    const data: Params = (params.data ??= {});
    checkTimeZone(data);
    if (data.agency === undefined || data.agency === null) {
      const { agency } = await settings();
      if (agency) data.agency = agency;
    }
    stampIfPublishing(params, data);
    Object.assign(data, await dated(data));
    return next();
  }

  async function clone(params: Params, next: Next) {
    const data: Params = (params.data ??= {});
    checkTimeZone(data);
    const locale = await resolveLocale(strapi, params.locale);
    const source = (await articles().findOne({
      where: { documentId: params.documentId, locale, publishedAt: null },
    })) as Row | null;
    // A copy is a new story: it has not been published yet.
    data.firstPublishedAt = null;
    Object.assign(data, await dated({ ...source, ...data }));
    return next();
  }

  async function update(params: Params, next: Next) {
    const data: Params = (params.data ??= {});
    checkTimeZone(data);
    const locale = await resolveLocale(strapi, params.locale);
    const draft = (await articles().findOne({
      where: { documentId: params.documentId, locale, publishedAt: null },
    })) as Row | null;
    // Strapi 5's update nulls any firstPublishedAt it is given (so a Content Manager save, which
    // resends every field, would wipe it). Keep it out of Strapi's write and store it ourselves.
    const requested = data.firstPublishedAt ? checkedInstant(data.firstPublishedAt) : null;
    delete data.firstPublishedAt;
    const stored = draft?.firstPublishedAt ? new Date(draft.firstPublishedAt).toISOString() : null;
    const firstPublishedAt =
      requested ?? stored ?? (params.status === 'published' ? new Date().toISOString() : null);
    Object.assign(data, await dated({ ...draft, ...data, firstPublishedAt }));

    const updated = await next();
    if (firstPublishedAt && firstPublishedAt !== stored) {
      // Publishing in the same call (status=published) created the published row already.
      const rows = params.status === 'published' ? {} : { publishedAt: null };
      await articles().updateMany({
        where: { documentId: params.documentId, locale, ...rows },
        data: { firstPublishedAt },
      });
      if (updated) updated.firstPublishedAt = firstPublishedAt;
    }
    return updated;
  }

  /** The first publish stamps firstPublishedAt (never moved after), and the dateline takes its date. */
  async function publish(params: Params, next: Next) {
    const locale = params.locale === '*' ? undefined : await resolveLocale(strapi, params.locale);
    const drafts = (await articles().findMany({
      where: { documentId: params.documentId, publishedAt: null, ...(locale && { locale }) },
    })) as Row[];
    const now = new Date().toISOString();
    for (const draft of drafts) {
      const firstPublishedAt = draft.firstPublishedAt ?? now;
      await articles().update({
        where: { id: draft.id },
        data: { firstPublishedAt, ...(await dated({ ...draft, firstPublishedAt })) },
      });
    }
    return next();
  }

  const handlers: Record<string, (params: Params, next: Next) => Promise<unknown>> = {
    create,
    clone,
    update,
    publish,
  };

  const middleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
    const handler = context.uid === ARTICLE ? handlers[context.action] : undefined;
    if (!handler) return next();
    return (await strapi.db.transaction(() => handler(context.params as Params, next))) as Awaited<
      ReturnType<typeof next>
    >;
  };
  return middleware;
};
