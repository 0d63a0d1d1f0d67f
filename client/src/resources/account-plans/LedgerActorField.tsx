import { Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';

/** Who wrote a ledger entry: "Customer #122", "Staff #2", "System". */
export const LedgerActorField = (_props: FieldProps) => {
  const record = useRecordContext<{ actorKind: string; actorId: number | null }>();
  const translate = useTranslate();
  if (!record) return null;
  const kind = translate(`enums.actor_kind.${record.actorKind}`, { _: record.actorKind });
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {record.actorId === null ? kind : `${kind} #${record.actorId}`}
    </Typography>
  );
};
