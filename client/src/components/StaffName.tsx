import type { MouseEvent } from 'react';
import { Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useCreatePath, useDataProvider, usePermissions, useTranslate, type Identifier } from 'react-admin';
import { canUse } from '../../../server/domain/permissions.ts';
import type { Role } from '../../../server/domain/enums.ts';
import type { KoletDataProvider } from '../dataProvider.ts';

interface StaffEntry {
  id: number;
  name: string;
}

/** `GET /api/staff-directory`: every staff member's name, for every role (no e-mails, no roles); read once a session. */
export function useStaffDirectory() {
  const dataProvider = useDataProvider<KoletDataProvider>();
  return useQuery({
    queryKey: ['staff-directory'],
    queryFn: async () => new Map((await dataProvider.get<StaffEntry[]>('staff-directory')).data.map((s) => [s.id, s.name])),
    staleTime: 10 * 60_000,
  });
}

/** A staff member's name ("Camille Durand"), a link to the staff record for those who read staff (admins). */
export const StaffNameText = ({ id }: { id: Identifier | null | undefined }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data: names } = useStaffDirectory();
  const { permissions } = usePermissions<Role[]>();
  if (id === null || id === undefined) return null;
  const name = names?.get(Number(id)) ?? (names ? translate('staff_directory.unknown', { id: String(id) }) : '…');
  if (canUse(permissions ?? [], 'staff', 'read')) {
    return (
      <Link to={createPath({ resource: 'staff', id, type: 'show' })} onClick={(e: MouseEvent) => e.stopPropagation()}>
        {name}
      </Link>
    );
  }
  return (
    <Typography component="span" variant="body2" data-testid="staff-name">
      {name}
    </Typography>
  );
};

/** The name of the staff member whose id a staff-name string holds, for sentences (e.g. "fixed by %{name}"). */
export function useStaffName(id: Identifier | null | undefined): string {
  const { data: names } = useStaffDirectory();
  if (id === null || id === undefined) return '';
  return names?.get(Number(id)) ?? `#${String(id)}`;
}
