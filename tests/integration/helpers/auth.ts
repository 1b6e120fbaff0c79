import type { TestStrapi } from './strapi';

export const TEST_ADMIN = {
  email: 'editor@newsroom.test',
  password: 'Editor-pass-123',
  firstname: 'Edie',
  lastname: 'Tor',
};

/** Registers the first super admin through the admin API (as the admin panel does) and returns its JWT. */
export async function registerAdmin(app: TestStrapi): Promise<string> {
  const response = await app.http().post('/admin/register-admin').send(TEST_ADMIN).expect(200);
  return response.body.data.token as string;
}

/** A full-access content-API token, as a developer would create under Settings → API Tokens. */
export async function createFullAccessToken(app: TestStrapi, name = 'tests'): Promise<string> {
  const token = await app.strapi
    .service('admin::api-token')
    .create({ name, type: 'full-access', lifespan: null, description: '' });
  return token.accessKey as string;
}

/** A second admin with one of Strapi's built-in roles (e.g. 'strapi-editor'), logged in: its JWT. */
export async function loginAdminWithRole(app: TestStrapi, roleCode: string): Promise<string> {
  const role = await app.strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
  const email = `${roleCode}@newsroom.test`;
  const password = 'Role-pass-123';
  await app.strapi.service('admin::user').create({
    email,
    password,
    firstname: roleCode,
    lastname: 'Tester',
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  const response = await app.http().post('/admin/login').send({ email, password }).expect(200);
  return response.body.data.token as string;
}
