import type { Core } from '@strapi/strapi';

import { grantPublicRead } from './permissions/public-read';
import type { NewsroomSettings } from './config/schema';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const config = strapi.config.get('plugin::newsroom') as NewsroomSettings;
  if (config.publicRead) await grantPublicRead(strapi);
};
