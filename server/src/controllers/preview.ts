import type { Core } from '@strapi/strapi';

import { getService } from '../utils/get-service';
import { parseBody } from '../validation/parse-body';
import { previewSchema } from '../validation/preview';

/** `POST /newsroom/preview` (spec §6). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: any) {
    const input = parseBody(previewSchema, ctx.request.body);
    ctx.body = { data: await getService(strapi, 'preview').preview(input) };
  },
});
