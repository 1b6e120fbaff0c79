import type { Core } from '@strapi/strapi';

import { getService } from '../utils/get-service';
import { importSchema } from '../validation/import';
import { parseBody } from '../validation/parse-body';
import type { RequestContext } from './context';

/** `POST /newsroom/import` (docs/admin.md, docs/ninjs.md): a story's text or a ninjs document in, `{ article, quotes, topNews }` out. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async import(ctx: RequestContext) {
    const { text, ninjs, ...options } = parseBody(importSchema, ctx.request.body);
    const { article, quotes, topNews } = await getService(strapi, 'stories').importStory(
      ninjs === undefined ? (text ?? '') : { ninjs },
      options
    );
    ctx.body = { data: { article, quotes, topNews } };
  },
});
