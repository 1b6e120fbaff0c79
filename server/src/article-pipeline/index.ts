import type { Core, Modules } from '@strapi/strapi';

import { ARTICLE } from '../content-types/uids';
import { afterCommit } from '../utils/after-commit';
import type { ArticleRule } from './rule';
import { datingRule } from './rules/dating';
import { notesRule } from './rules/notes';
import { quotesRule } from './rules/quotes';
import { slugRule } from './rules/slug';
import { topNewsRule } from './rules/top-news';
import { validationRule } from './rules/validation';
import {
  openWriteContext,
  type ArticleAction,
  type ArticleParams,
  type WriteContext,
  type WriteResult,
} from './write-context';

/**
 * The rules of an article write, in the order they run (each around the ones after it):
 * - validation first, so a refused write claims and writes nothing;
 * - top news next: it compares the published rows before and after everything else;
 * - the slug before the dating and the quotes, which do not depend on it;
 * - the quotes and the correction notes last: quotes are extracted from what Strapi has just
 *   stored, and both are removed before a delete.
 */
export const ARTICLE_RULES: readonly ArticleRule[] = [
  validationRule,
  topNewsRule,
  slugRule,
  datingRule,
  quotesRule,
  notesRule,
];

const ACTIONS = new Set<string>([
  'create',
  'clone',
  'update',
  'publish',
  'unpublish',
  'discardDraft',
  'delete',
]);
const isArticleAction = (action: string): action is ArticleAction => ACTIONS.has(action);

function run(
  rules: readonly ArticleRule[],
  context: WriteContext,
  write: () => Promise<WriteResult>
) {
  const step = (index: number): Promise<WriteResult> =>
    index === rules.length ? write() : rules[index](context, () => step(index + 1));
  return step(0);
}

/**
 * The article write pipeline (docs/CONTRIBUTING.md): every write path (Content Manager, REST,
 * GraphQL, code, import) ends in the document service, so this one middleware sees them all. One
 * transaction holds the rules' reads and writes with Strapi's, so a refused or failed write leaves
 * nothing behind; the document's rows are read once, into the write context.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const middleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
    if (context.uid !== ARTICLE || !isArticleAction(context.action)) return next();
    const params = context.params as ArticleParams;
    // The rules complete `data` on a copy, so a caller that sends one object twice sends it unchanged.
    if (params.data) params.data = { ...params.data };
    let writeContext: WriteContext | undefined;
    const result = await strapi.db.transaction(async () => {
      writeContext = await openWriteContext(strapi, context.action as ArticleAction, params);
      return run(ARTICLE_RULES, writeContext, next as () => Promise<WriteResult>);
    });
    // Once committed: at once when this was the outermost transaction, else when the caller's commits.
    for (const work of writeContext?.afterCommit ?? []) await afterCommit(strapi, work);
    return result as Awaited<ReturnType<typeof next>>;
  };
  return middleware;
};
