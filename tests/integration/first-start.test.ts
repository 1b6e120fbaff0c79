import { PUBLIC_READ_ACTIONS } from '../../server/src/permissions/public-read';
import { bootStrapi, bootStrapiOn, stopStrapi, type TestStrapi } from './helpers/strapi';

/**
 * The public reads on the app's first start (spec §5, §17). The playground declares newsroom before
 * users-permissions, as an app that declares only newsroom does, so on a fresh database the
 * plugin's bootstrap runs before the Public role exists.
 */
let app: TestStrapi | undefined;

afterEach(async () => {
  await stopStrapi(app);
  app = undefined;
});

const publicGrants = async (strapi: TestStrapi['strapi']) =>
  (
    await strapi.db.query('plugin::users-permissions.permission').findMany({
      where: { role: { type: 'public' }, action: { $in: [...PUBLIC_READ_ACTIONS] } },
    })
  ).map((permission: { action: string }) => permission.action);

test('a fresh database: the first anonymous request is answered with the read granted, and users-permissions keeps its own defaults', async () => {
  app = await bootStrapi();
  // Booted, no request yet: the role did not exist at the plugin's bootstrap, so nothing is granted.
  expect(await publicGrants(app.strapi)).toEqual([]);

  await app.http().get('/api/newsroom/articles').expect(200);
  await app.http().get('/api/newsroom/top-news').expect(200);
  expect((await publicGrants(app.strapi)).sort()).toEqual([...PUBLIC_READ_ACTIONS].sort());
  // The grant came after users-permissions' bootstrap, which creates its defaults only on an empty table.
  const authenticated = await app.strapi.db
    .query('plugin::users-permissions.permission')
    .findMany({ where: { role: { type: 'authenticated' } } });
  expect(authenticated.map((permission: { action: string }) => permission.action)).toContain(
    'plugin::users-permissions.user.me'
  );
  await app
    .http()
    .post('/api/auth/local/register')
    .send({ username: 'first', email: 'first@newsroom.test', password: 'First-pass-1' })
    .expect(200);
});

test('a permission an administrator turned off stays off after a restart', async () => {
  app = await bootStrapi();
  await app.http().get('/api/newsroom/articles').expect(200);
  await app.strapi.db
    .query('plugin::users-permissions.permission')
    .delete({ where: { action: 'plugin::newsroom.article.find', role: { type: 'public' } } });
  const database = app.database;
  await app.strapi.destroy();
  app = await bootStrapiOn(database);
  await app.http().get('/api/newsroom/articles').expect(403);
  await app.http().get('/api/newsroom/top-news').expect(200);
});
