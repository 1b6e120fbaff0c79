import type { Core } from '@strapi/strapi';

import { getService } from '../utils/get-service';
import { parseBody } from '../validation/parse-body';
import { topNewsQuerySchema } from '../validation/top-news';
import type { RequestContext } from './context';

/** `GET /api/newsroom/top-news` (public) and `GET /newsroom/top-news` (admin): the stored list, read. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: RequestContext) {
    const query = parseBody(topNewsQuerySchema, ctx.query);
    ctx.body = { data: await getService(strapi, 'top-news').read(query) };
  },

  /** The admin's read also names each item's article, for the links to its edit view. */
  async findForAdmin(ctx: RequestContext) {
    const query = parseBody(topNewsQuerySchema, ctx.query);
    ctx.body = {
      data: await getService(strapi, 'top-news').read(query, { withDocumentIds: true }),
    };
  },
});
