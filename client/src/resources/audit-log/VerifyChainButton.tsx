import { useState } from 'react';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Button, useDataProvider, useTranslate } from 'react-admin';
import type { KoletDataProvider } from '../../dataProvider.ts';
import type { AuditChainVerification } from '../../types.ts';

type Outcome = { kind: 'verified'; result: AuditChainVerification } | { kind: 'failed'; message: string };

/** Re-computes the audit log's hash chain on the server (`GET /api/audit-log/verify`) and says whether it is intact. */
export const VerifyChainButton = () => {
  const dataProvider = useDataProvider<KoletDataProvider>();
  const translate = useTranslate();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const verify = async () => {
    setPending(true);
    try {
      const { data } = await dataProvider.get<AuditChainVerification>('audit-log/verify');
      setOutcome({ kind: 'verified', result: data });
    } catch (error) {
      setOutcome({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button label="resources.audit-log.verify.button" onClick={() => void verify()} disabled={pending}>
        <FactCheckIcon />
      </Button>
      <Dialog open={outcome !== null} onClose={() => setOutcome(null)} aria-labelledby="verify-chain-title">
        <DialogTitle id="verify-chain-title">{translate('resources.audit-log.verify.title')}</DialogTitle>
        <DialogContent>{outcome && <VerificationAlert outcome={outcome} />}</DialogContent>
        <DialogActions>
          <Button label="ra.action.close" onClick={() => setOutcome(null)} />
        </DialogActions>
      </Dialog>
    </>
  );
};

const VerificationAlert = ({ outcome }: { outcome: Outcome }) => {
  const translate = useTranslate();
  if (outcome.kind === 'failed') {
    const reason = translate(outcome.message, { _: outcome.message });
    return <Alert severity="error">{translate('resources.audit-log.verify.failed', { message: reason })}</Alert>;
  }
  const { ok, checked, firstBrokenId, message } = outcome.result;
  return (
    <Alert severity={ok ? 'success' : 'error'}>
      {ok
        ? translate('resources.audit-log.verify.ok', { checked })
        : translate('resources.audit-log.verify.broken', { id: firstBrokenId ?? '?', checked })}
      {!ok && message ? <div>{message}</div> : null}
    </Alert>
  );
};
