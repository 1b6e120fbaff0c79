import { AsyncLocalStorage } from 'node:async_hooks';

const storage = new AsyncLocalStorage<true>();

/**
 * Writes the plugin makes for itself (the generated top-news entries) go through the document
 * service like any other, but must not fire the hooks that react to editors' writes: those would
 * regenerate the list again from inside its own regeneration.
 */
export function asInternalWrite<T>(work: () => Promise<T>): Promise<T> {
  return storage.run(true, work);
}

export function isInternalWrite(): boolean {
  return storage.getStore() === true;
}
