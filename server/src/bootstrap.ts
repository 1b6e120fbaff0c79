import type { Core } from '@strapi/strapi';

import { applyContentManagerLayout } from './admin-layout/content-manager-layout';
import { registerActions } from './permissions/actions';
import { grantPublicRead } from './permissions/public-read';
import { awaitAfterCommitWork } from './utils/after-commit';
import { getService } from './utils/get-service';
import { articleNotes } from './repositories/article-notes';
import { slugClaims } from './repositories/slug-claims';
import { topNewsStore } from './repositories/top-news-store';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.server.use(awaitAfterCommitWork());
  await registerActions(strapi);
  await slugClaims(strapi).ensureTable();
  await topNewsStore(strapi).ensureTables();
  await getService(strapi, 'stories').ensureHeadlineIndex();
  await articleNotes(strapi).backfill();
  const settings = await getService(strapi, 'settings').get();
  if (settings.publicRead) await grantPublicRead(strapi);
  await applyContentManagerLayout(strapi);
  // Days a process left unregenerated when it died between a write's commit and the regeneration.
  await getService(strapi, 'top-news').regeneratePending();
};
