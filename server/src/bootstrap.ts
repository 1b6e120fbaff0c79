import type { Core } from '@strapi/strapi';

import { applyContentManagerLayout } from './admin-layout/content-manager-layout';
import { registerActions } from './permissions/actions';
import { grantPublicRead } from './permissions/public-read';
import { awaitAfterCommitWork } from './utils/after-commit';
import { getService } from './utils/get-service';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.server.use(awaitAfterCommitWork());
  await registerActions(strapi);
  await getService(strapi, 'slug-claims').ensureTable();
  await getService(strapi, 'top-news-store').ensureTables();
  await getService(strapi, 'stories').ensureHeadlineIndex();
  const settings = await getService(strapi, 'settings').get();
  if (settings.publicRead) await grantPublicRead(strapi);
  await applyContentManagerLayout(strapi);
  // Days a process left unregenerated when it died between a write's commit and the regeneration.
  await getService(strapi, 'top-news').regeneratePending();
};
