import type { TestStrapi } from './strapi';

/**
 * The Content Manager's admin API, called as the admin panel calls it when an editor clicks
 * Save and Publish.
 */
export function contentManager(app: TestStrapi, adminToken: string, uid: string) {
  const base = `/content-manager/collection-types/${uid}`;
  const auth = { Authorization: `Bearer ${adminToken}` };
  return {
    create: (data: Record<string, unknown>, locale?: string) =>
      app
        .http()
        .post(base)
        .query(locale ? { locale } : {})
        .set(auth)
        .send(data),
    update: (documentId: string, data: Record<string, unknown>, locale?: string) =>
      app
        .http()
        .put(`${base}/${documentId}`)
        .query(locale ? { locale } : {})
        .set(auth)
        .send(data),
    publish: (documentId: string, data: Record<string, unknown> = {}, locale?: string) =>
      app
        .http()
        .post(`${base}/${documentId}/actions/publish`)
        .query(locale ? { locale } : {})
        .set(auth)
        .send(data),
    unpublish: (documentId: string, locale?: string) =>
      app
        .http()
        .post(`${base}/${documentId}/actions/unpublish`)
        .query(locale ? { locale } : {})
        .set(auth)
        .send({}),
    findOne: (documentId: string, locale?: string) =>
      app
        .http()
        .get(`${base}/${documentId}`)
        .query(locale ? { locale } : {})
        .set(auth),
    delete: (documentId: string, locale?: string) =>
      app
        .http()
        .delete(`${base}/${documentId}`)
        .query(locale ? { locale } : {})
        .set(auth),
  };
}
