import LockIcon from '@mui/icons-material/Lock';
import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type Identifier } from 'react-admin';
import { StaffNameText } from '../../components/StaffName.tsx';
import type { ColumnProps } from './columnProps.ts';
import type { DsaNotice } from './noticeTypes.ts';
import { useClaim } from './useClaim.ts';

/**
 * The staff member's name from the staff directory (every role reads it), a link for admins.
 * Any record's staff id: a notice's claim holder or decider, a review's remover.
 */
export const StaffName = ({ source }: { source: string }) => {
  const record = useRecordContext<Record<string, unknown> & { id: Identifier }>();
  const id = record?.[source];
  if (id == null) return null;
  return <StaffNameText id={id as Identifier} />;
};

/** A staff reference as a show-page field (`Labeled` reads its label from `source`); `emptyText` when there is none. */
export const StaffField = ({ source, emptyText }: { source: string; emptyText?: string }) => {
  const record = useRecordContext<Record<string, unknown> & { id: Identifier }>();
  return (
    <Typography variant="body2" component="span">
      {record?.[source] == null ? emptyText : <StaffName source={source} />}
    </Typography>
  );
};

/** Who is working on the notice (the row lock): "You", another moderator, or their claim once it lapsed (30 minutes). */
export const ClaimHolderField = (_props: ColumnProps) => {
  const notice = useRecordContext<DsaNotice>();
  const translate = useTranslate();
  const claim = useClaim(notice);
  if (!notice || claim === 'free')
    return (
      <Typography variant="body2" component="span" color="textSecondary">
        —
      </Typography>
    );
  if (claim === 'mine')
    return (
      <Chip
        size="small"
        color="primary"
        icon={<LockIcon />}
        label={translate('resources.dsa-notices.claim.you')}
        data-testid="claim-holder-you"
      />
    );
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }} data-testid={`claim-holder-${claim}`}>
      {claim === 'other' && <LockIcon fontSize="small" color="action" />}
      <Typography variant="body2" component="span" color={claim === 'lapsed' ? 'textSecondary' : undefined}>
        <StaffName source="lockedByStaffId" />
      </Typography>
      {claim === 'lapsed' && (
        <Typography variant="caption" color="textSecondary">
          {translate('resources.dsa-notices.claim.lapsed')}
        </Typography>
      )}
    </Stack>
  );
};
