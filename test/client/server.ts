// A fake API for client tests: msw intercepts fetch; relative URLs resolve against jsdom's location.
import { configure } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import type { Role } from '../../server/domain/enums.ts';

// findBy… and waitFor give up after 1 s by default; CI runs the client tests beside the API and
// browser tests on 2 cores, where a first render can take longer. They still pass as soon as they can.
configure({ asyncUtilTimeout: 5000 });

/** The staff directory every role reads (names only): the signed-in staff member and two colleagues. */
export const STAFF_DIRECTORY = [
  { id: 1, name: 'Alice Admin' },
  { id: 6, name: 'Chloé Martin' },
  { id: 7, name: 'Test Staff' },
  { id: 9, name: 'Marie Curie' },
];

// Handlers given here stay after each test's resetHandlers().
export const server = setupServer(http.get('*/api/staff-directory', () => HttpResponse.json(STAFF_DIRECTORY)));

/** `GET /api/auth/me` answering as a staff member holding `roles`. */
export function signedInAs(roles: Role[]) {
  return http.get('*/api/auth/me', () => HttpResponse.json({ id: 7, email: `${roles.join('-')}@kolet.test`, name: 'Test Staff', roles }));
}
