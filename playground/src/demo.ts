import fs from 'fs';
import path from 'path';

import type { Core } from '@strapi/strapi';

/**
 * What `npm run demo` needs on a fresh database, done at bootstrap when NEWSROOM_DEMO=1: the first
 * admin (from NEWSROOM_ADMIN_EMAIL / NEWSROOM_ADMIN_PASSWORD) unless one exists, and the stories in
 * data/stories imported and published unless an article with that headline is already there.
 */
export async function setUpDemo(strapi: Core.Strapi): Promise<void> {
  await createFirstAdmin(strapi);
  await importDemoStories(strapi);
}

async function createFirstAdmin(strapi: Core.Strapi): Promise<void> {
  const email = process.env.NEWSROOM_ADMIN_EMAIL;
  const password = process.env.NEWSROOM_ADMIN_PASSWORD;
  if (!email || !password) return;
  if (await strapi.service('admin::user').exists()) return;

  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({
    email,
    password,
    firstname: 'Newsroom',
    lastname: 'Editor',
    isActive: true,
    registrationToken: null,
    roles: superAdmin ? [superAdmin.id] : [],
  });
  strapi.log.info(`[demo] created the first admin: ${email}`);
}

async function importDemoStories(strapi: Core.Strapi): Promise<void> {
  const dir = path.join(strapi.dirs.app.root, 'data', 'stories');
  if (!fs.existsSync(dir)) return;
  const stories = strapi.plugin('newsroom').service('stories');

  for (const file of fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const text = fs.readFileSync(path.join(dir, file));
    const result = await stories.importStory(text, { publish: true, skipExisting: true });
    strapi.log.info(
      `[demo] ${file}: ${result.skipped ? 'already imported' : `imported "${result.article.headline}"`}`
    );
  }
}
