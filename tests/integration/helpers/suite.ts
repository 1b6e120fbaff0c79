import { createFullAccessToken, registerAdmin } from './auth';
import { bootStrapi, stopStrapi, type BootOptions, type TestStrapi } from './strapi';

/** The playground of one test file, with the credentials its clients use. */
export interface StrapiSuite extends TestStrapi {
  /** The first super admin's JWT, registered through the admin API as the admin panel does. */
  readonly adminToken: string;
  /** A full-access content-API token, as a developer creates under Settings → API Tokens. */
  readonly apiToken: string;
  /** A read-only content-API token. */
  readonly readOnlyToken: string;
}

interface Booted {
  app: TestStrapi;
  adminToken: string;
  apiToken: string;
  readOnlyToken: string;
}

/**
 * One playground Strapi for the test file that calls it (at its top level): booted on a fresh
 * database with a super admin and two API tokens in `beforeAll`, stopped and its database dropped
 * in `afterAll`. Its fields are there from the first `beforeAll` on.
 */
export function useStrapi(options: BootOptions = {}): StrapiSuite {
  let booted: Booted | undefined;
  const ready = (): Booted => {
    if (!booted)
      throw new Error('useStrapi: the playground is not booted yet (use it from beforeAll on)');
    return booted;
  };

  beforeAll(async () => {
    const app = await bootStrapi(options);
    const readOnly = await app.strapi
      .service('admin::api-token')
      .create({ name: 'read only', type: 'read-only', lifespan: null, description: '' });
    booted = {
      app,
      adminToken: await registerAdmin(app),
      apiToken: await createFullAccessToken(app),
      readOnlyToken: readOnly.accessKey as string,
    };
  });

  afterAll(async () => {
    await stopStrapi(booted?.app);
  });

  return {
    get strapi() {
      return ready().app.strapi;
    },
    get database() {
      return ready().app.database;
    },
    http: () => ready().app.http(),
    get adminToken() {
      return ready().adminToken;
    },
    get apiToken() {
      return ready().apiToken;
    },
    get readOnlyToken() {
      return ready().readOnlyToken;
    },
  };
}
