import type { Core } from '@strapi/strapi';

type Params = Record<string, unknown>;

/** An entry as the document service answers it. */
export type DocumentEntry = Record<string, unknown> & { id: number; documentId: string };

/** The document service of one of the plugin's types, with its parameters as plain objects. */
export interface PluginDocuments {
  findOne(params: Params): Promise<DocumentEntry | null>;
  findFirst(params: Params): Promise<DocumentEntry | null>;
  create(params: Params): Promise<DocumentEntry>;
  delete(params: Params): Promise<unknown>;
  publish(params: Params): Promise<{ documentId: string; entries: DocumentEntry[] }>;
}

/**
 * `strapi.documents(uid)` for the plugin's own types. Strapi types the document service's
 * parameters by the app's generated schemas, which a plugin's code cannot name: hence the one cast.
 */
export function documentsOf(strapi: Core.Strapi, uid: string): PluginDocuments {
  return strapi.documents(uid as never) as unknown as PluginDocuments;
}
