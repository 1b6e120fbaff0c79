import type { Core } from '@strapi/strapi';

import { setUpDemo } from './demo';

export default {
  register() {},
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (process.env.NEWSROOM_DEMO === '1') await setUpDemo(strapi);
  },
};
