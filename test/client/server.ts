// A fake API for client tests: msw intercepts fetch; relative URLs resolve against jsdom's location.
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import type { Role } from '../../server/domain/enums.ts';

export const server = setupServer();

/** `GET /api/auth/me` answering as a staff member holding `roles`. */
export function signedInAs(roles: Role[]) {
  return http.get('*/api/auth/me', () =>
    HttpResponse.json({ id: 7, email: `${roles.join('-')}@kolet.test`, name: 'Test Staff', roles }),
  );
}
