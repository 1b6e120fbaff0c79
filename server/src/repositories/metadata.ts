import type { Core } from '@strapi/strapi';

/** A relation's link table, as Strapi's metadata describes it. */
interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
}

/** What the repositories read of an attribute's database metadata. */
export interface AttributeMetadata {
  columnName?: string;
  joinTable?: JoinTable;
  default?: () => unknown;
}

/** What the repositories read of a content type's database metadata: where its rows and links are. */
export interface TypeMetadata {
  tableName: string;
  attributes: Record<string, AttributeMetadata>;
}

/**
 * The database metadata of one of the plugin's types. Strapi types `metadata.get` by the uids of
 * the app's generated types, which a plugin's own code cannot name: hence the one cast.
 */
export function metadataOf(strapi: Core.Strapi, uid: string): TypeMetadata {
  return strapi.db.metadata.get(uid as never) as unknown as TypeMetadata;
}
