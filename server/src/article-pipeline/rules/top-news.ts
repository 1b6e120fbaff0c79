import { scheduleRegeneration, uniqueDays } from '../../document-middlewares/top-news-schedule';
import { isInternalWrite } from '../../utils/internal-write';
import type { ArticleRule } from '../rule';
import {
  isPublished,
  type ArticleEntry,
  type WriteContext,
  type WriteResult,
} from '../write-context';

/** Actions that can change what the public box shows: a draft create cannot. */
const CHANGES_BOX = new Set<WriteContext['action']>([
  'create',
  'update',
  'publish',
  'unpublish',
  'delete',
]);

/**
 * The published rows after the write, where its answer tells (saving a read on every publish); a
 * draft update leaves the published rows as they were.
 */
function publishedAfter(context: WriteContext, result: WriteResult): readonly ArticleEntry[] {
  const { action, params } = context;
  if (action === 'delete' || action === 'unpublish') return [];
  if (action === 'publish') return result?.entries ?? [];
  const published = action === 'create' || params.status === 'published';
  if (!published) return context.rowsBefore.filter(isPublished);
  return result?.publishedAt ? [result] : [];
}

/**
 * Every day whose box the write changes is regenerated after it commits (docs/top-news.md): the
 * days of the document's published rows before and after — both days when an edited
 * firstPublishedAt moves a published article.
 */
export const topNewsRule: ArticleRule = async (context, next) => {
  const { action, params } = context;
  const draftCreate = action === 'create' && params.status !== 'published';
  if (isInternalWrite() || !CHANGES_BOX.has(action) || draftCreate) return next();
  const before = context.rowsBefore.filter(isPublished);
  const result = await next();
  const after = publishedAfter(context, result).map((entry) => ({
    editionDate: entry.editionDate ?? null,
    locale: entry.locale ?? '',
  }));
  const regenerate = await scheduleRegeneration(
    context.strapi,
    uniqueDays([...before, ...after]),
    context.settings.topNews.size
  );
  if (regenerate) context.afterCommit.push(regenerate);
  return result;
};
