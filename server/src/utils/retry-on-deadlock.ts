/**
 * Deadlocks (MariaDB, PostgreSQL) and serialisation failures roll the whole transaction back and
 * ask for it to be run again; `work` must be one transaction, safe to repeat.
 */
const RETRYABLE = new Set([
  'ER_LOCK_DEADLOCK',
  'ER_LOCK_WAIT_TIMEOUT',
  '40P01',
  '40001',
  'SQLITE_BUSY',
]);
const MAX_ATTEMPTS = 3;

export async function retryOnDeadlock<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { code?: string } | null)?.code;
      if (attempt >= MAX_ATTEMPTS || !code || !RETRYABLE.has(code)) throw error;
    }
  }
}
