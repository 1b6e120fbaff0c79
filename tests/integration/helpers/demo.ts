import { bootStrapi, stopStrapi, type TestStrapi } from './strapi';

/** What `npm run demo` sets: the playground then creates its first admin and imports the Libya story. */
export const DEMO_ENV = {
  NEWSROOM_DEMO: '1',
  NEWSROOM_ADMIN_EMAIL: 'demo-admin@newsroom.test',
  NEWSROOM_ADMIN_PASSWORD: 'Demo-pass-123',
};

/** The playground booted as the demo, on a fresh database. */
export async function bootDemo(): Promise<TestStrapi> {
  Object.assign(process.env, DEMO_ENV);
  return bootStrapi();
}

export async function stopDemo(app: TestStrapi | undefined): Promise<void> {
  for (const key of Object.keys(DEMO_ENV)) delete process.env[key];
  await stopStrapi(app);
}
