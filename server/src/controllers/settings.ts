import type { Core } from '@strapi/strapi';

import { reservedSlugs, type NewsroomSettings } from '../config/schema';
import { getService } from '../utils/get-service';
import type { RequestContext } from './context';

/** The settings as they act: an unset reserved-word list is answered as the built-in one it means. */
const effective = (settings: NewsroomSettings): NewsroomSettings => ({
  ...settings,
  slug: { ...settings.slug, reserved: [...reservedSlugs(settings)] },
});

/** `GET` / `PUT /newsroom/settings` (docs/admin.md). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: RequestContext) {
    ctx.body = { data: effective(await getService(strapi, 'settings').get()) };
  },

  async update(ctx: RequestContext) {
    ctx.body = { data: effective(await getService(strapi, 'settings').update(ctx.request.body)) };
  },
});
