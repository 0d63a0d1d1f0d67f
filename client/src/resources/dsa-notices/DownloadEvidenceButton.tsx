import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useNotify } from 'react-admin';
import { downloadFromApi } from '../../components/download.ts';
import type { DsaNotice } from './noticeTypes.ts';

/** `GET /api/dsa-notices/:id/evidence`: the evidence bundle (notice, content at receipt and now, reports, statements, audit trail) as a JSON file. */
export const DownloadEvidenceButton = ({ notice }: { notice: DsaNotice }) => {
  const notify = useNotify();
  const [pending, setPending] = useState(false);
  const download = async () => {
    setPending(true);
    try {
      await downloadFromApi(`dsa-notices/${notice.id}/evidence`, `evidence-${notice.reference}.json`);
    } catch {
      notify('resources.dsa-notices.evidence_failed', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button label="resources.dsa-notices.actions.evidence" onClick={() => void download()} disabled={pending} data-testid="notice-evidence">
      <DownloadIcon />
    </Button>
  );
};
