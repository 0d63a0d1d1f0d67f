import { localStorageStore, type Store } from 'react-admin';

// Saved queries (react-admin's `<resource>.savedQueries`) belong to one staff member: two people
// sharing a browser never see each other's. They live in a store of their own, keyed by the staff
// member's id, that signing out does not clear (react-admin resets its store on sign-out; its key must
// not start with the main store's, which a reset clears by prefix).
let staffId: string | null = null;

/** Called by the authProvider once it knows who is signed in (null on sign-out). */
export function setStoreUser(id: number | null): void {
  staffId = id === null ? null : String(id);
}

export const isPerUserKey = (key: string): boolean => key.endsWith('.savedQueries');

/** The console's store: react-admin's, with the per-user keys kept apart per staff member. */
export function userScopedStore(base: Store, perUser: Store): Store {
  const route = (key: string): [Store, string] => (isPerUserKey(key) ? [perUser, `staff.${staffId ?? 'none'}.${key}`] : [base, key]);
  return {
    setup: () => {
      base.setup();
      perUser.setup();
    },
    teardown: () => {
      base.teardown();
      perUser.teardown();
    },
    getItem: (key, defaultValue) => {
      const [store, k] = route(key);
      return store.getItem(k, defaultValue);
    },
    setItem: (key, value) => {
      const [store, k] = route(key);
      store.setItem(k, value);
    },
    removeItem: (key) => {
      const [store, k] = route(key);
      store.removeItem(k);
    },
    removeItems: (prefix) => base.removeItems(prefix),
    reset: () => base.reset(),
    subscribe: (key, callback) => {
      const [store, k] = route(key);
      return store.subscribe(k, callback);
    },
  };
}

export const createConsoleStore = (): Store =>
  userScopedStore(localStorageStore(undefined, 'KoletBackOffice'), localStorageStore(undefined, 'KoletStaffQueries'));
