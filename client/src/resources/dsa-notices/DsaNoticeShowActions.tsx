import DecideIcon from '@mui/icons-material/Gavel';
import EscalateIcon from '@mui/icons-material/LocalPolice';
import { Tooltip } from '@mui/material';
import { useState } from 'react';
import { Button, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { DecideNoticeDialog } from './DecideNoticeDialog.tsx';
import { DownloadEvidenceButton } from './DownloadEvidenceButton.tsx';
import { EscalateNoticeDialog } from './EscalateNoticeDialog.tsx';
import { isUndecided } from './noticeClock.ts';
import type { DsaNotice } from './noticeTypes.ts';
import { useClaim } from './useClaim.ts';

/**
 * Decide (while undecided; not while another moderator holds it, and the button says why), escalate
 * to law enforcement (Art. 18, at any time), download the evidence bundle.
 */
export const DsaNoticeShowActions = () => {
  const notice = useRecordContext<DsaNotice>();
  const translate = useTranslate();
  const claim = useClaim(notice);
  const [open, setOpen] = useState<'decide' | 'escalate' | null>(null);
  if (!notice) return <TopToolbar />;
  const heldByOther = claim === 'other';
  return (
    <TopToolbar>
      {isUndecided(notice) && (
        <Tooltip title={heldByOther ? translate('resources.dsa-notices.claim.decide_blocked') : ''}>
          <span>
            <Button
              label="resources.dsa-notices.actions.decide"
              onClick={() => setOpen('decide')}
              variant="contained"
              disabled={heldByOther}
              data-testid="notice-action-decide"
            >
              <DecideIcon />
            </Button>
          </span>
        </Tooltip>
      )}
      <Button
        label="resources.dsa-notices.actions.escalate"
        onClick={() => setOpen('escalate')}
        color="error"
        variant="outlined"
        data-testid="notice-action-escalate"
      >
        <EscalateIcon />
      </Button>
      <DownloadEvidenceButton notice={notice} />
      {open === 'decide' && <DecideNoticeDialog notice={notice} onClose={() => setOpen(null)} />}
      {open === 'escalate' && <EscalateNoticeDialog notice={notice} onClose={() => setOpen(null)} />}
    </TopToolbar>
  );
};
