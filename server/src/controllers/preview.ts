import type { Core } from '@strapi/strapi';

import { getService } from '../utils/get-service';
import { parseBody } from '../validation/parse-body';
import { previewSchema } from '../validation/preview';
import type { RequestContext } from './context';

/** `POST /newsroom/preview` (docs/admin.md). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: RequestContext) {
    const input = parseBody(previewSchema, ctx.request.body);
    ctx.body = { data: await getService(strapi, 'preview').preview(input) };
  },
});
