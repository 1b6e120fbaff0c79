import type { Core } from '@strapi/strapi';

/**
 * A real database error at a chosen point of a write: a trigger that refuses inserts into `table`
 * whose `column` contains `marker`, raising as a full disk or a broken constraint would. The error
 * comes from the database server itself, in the middle of the plugin's transaction.
 */
export interface InsertFault {
  remove(): Promise<void>;
}

export interface InsertFaultSpec {
  table: string;
  column: string;
  marker: string;
}

let faults = 0; // names each trigger

function statements(client: string, name: string, { table, column, marker }: InsertFaultSpec) {
  const matches = `NEW.${column} LIKE '%${marker.replace(/'/g, "''")}%'`;
  const message = `'injected fault: ${name}'`;
  switch (client) {
    case 'sqlite':
      return {
        create: [
          `CREATE TRIGGER ${name} BEFORE INSERT ON ${table} WHEN ${matches} BEGIN SELECT RAISE(ABORT, ${message}); END`,
        ],
        drop: [`DROP TRIGGER ${name}`],
      };
    case 'postgres':
      return {
        create: [
          `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF ${matches} THEN RAISE EXCEPTION ${message}; END IF; RETURN NEW; END $$`,
          `CREATE TRIGGER ${name} BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}()`,
        ],
        drop: [`DROP TRIGGER ${name} ON ${table}`, `DROP FUNCTION ${name}()`],
      };
    case 'mysql':
      return {
        create: [
          `CREATE TRIGGER ${name} BEFORE INSERT ON ${table} FOR EACH ROW BEGIN IF ${matches} THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = ${message}; END IF; END`,
        ],
        drop: [`DROP TRIGGER ${name}`],
      };
    default:
      throw new Error(`no insert fault for the ${client} client`);
  }
}

export async function failInsertsContaining(
  strapi: Core.Strapi,
  spec: InsertFaultSpec
): Promise<InsertFault> {
  faults += 1;
  const knex = strapi.db.connection;
  const sql = statements(strapi.db.dialect.client, `newsroom_fault_${faults}`, spec);
  for (const statement of sql.create) await knex.raw(statement);
  return {
    async remove() {
      for (const statement of sql.drop) await knex.raw(statement);
    },
  };
}
