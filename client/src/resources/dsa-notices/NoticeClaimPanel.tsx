import ClaimIcon from '@mui/icons-material/PanTool';
import ReleaseIcon from '@mui/icons-material/LockOpen';
import { Alert, Button, CircularProgress } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { StaffName } from './ClaimHolderField.tsx';
import { claimLapsesAt, isUndecided } from './noticeClock.ts';
import type { DsaNotice } from './noticeTypes.ts';
import { useClaim } from './useClaim.ts';
import { useNoticeClaim } from './useNoticeClaim.ts';
import { useLocale } from '../../components/useLocale.ts';

/**
 * The row lock (docs/TRUST-SAFETY.md): who works on the notice, with Claim or Release. A claim keeps
 * other moderators from deciding it for 30 minutes; a refused claim says who holds it.
 */
export const NoticeClaimPanel = () => {
  const notice = useRecordContext<DsaNotice>();
  if (!notice || !isUndecided(notice)) return null;
  return <ClaimPanel notice={notice} />;
};

const ClaimPanel = ({ notice }: { notice: DsaNotice }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const claim = useClaim(notice);
  const { run, pending, failure } = useNoticeClaim(notice);
  const time = (iso: string | Date) => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(iso));
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.dsa-notices.claim.${key}`, args);

  const button = (action: 'claim' | 'release') => (
    <Button
      color="inherit"
      size="small"
      variant="outlined"
      onClick={() => void run(action)}
      disabled={pending !== null}
      startIcon={pending === action ? <CircularProgress size={14} color="inherit" /> : action === 'claim' ? <ClaimIcon /> : <ReleaseIcon />}
      data-testid={`notice-${action}`}
    >
      {t(action)}
    </Button>
  );

  const since = notice.lockedAt
    ? { since: time(notice.lockedAt), until: time(claimLapsesAt(notice.lockedAt)) }
    : { since: '—', until: '—' };
  return (
    <>
      {claim === 'mine' && (
        <Alert severity="success" sx={{ mb: 2 }} action={button('release')} data-testid="claim-panel">
          {t('mine', since)}
        </Alert>
      )}
      {claim === 'other' && (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="claim-panel">
          <StaffName source="lockedByStaffId" /> {t('other', since)}
        </Alert>
      )}
      {(claim === 'free' || claim === 'lapsed') && (
        <Alert severity="info" sx={{ mb: 2 }} action={button('claim')} data-testid="claim-panel">
          {t(claim === 'free' ? 'free' : 'lapsed_panel')}
        </Alert>
      )}
      {failure && <ActionFailureAlert failure={failure} codes="resources.dsa-notices.errors" fields="resources.dsa-notices.form" />}
    </>
  );
};
