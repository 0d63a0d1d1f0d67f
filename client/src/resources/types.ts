import type { ResourceProps } from 'react-admin';

/** What a resource folder's index.ts exports, spread by App.tsx into <Resource name=…>. */
export type ResourceConfig = Omit<ResourceProps, 'name'>;
