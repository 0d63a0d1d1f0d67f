import { Alert, LinearProgress, Typography } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import { mayQuery } from '../../../../server/domain/permissions.ts';
import type { Role } from '../../../../server/domain/enums.ts';
import { CaseCard } from './CaseCard.tsx';
import { useRefundAssessment } from './useRefundAssessment.ts';
import { useRefundCase } from './useRefundCase.ts';
import { VerdictChangeNotice } from './VerdictChangeNotice.tsx';
import { VerdictComparison } from './VerdictComparison.tsx';
import { UNDECIDED_REFUND_STATUSES } from '../../../../server/domain/refunds/refundStates.ts';

/**
 * The facts the verdict rests on (docs/RULES.md "Refunds"): as the customer asked beside as decided; while
 * the case waits, beside the facts now (finance), so that what moved since is seen before deciding.
 */
export const RefundFactsCard = () => {
  const { refund } = useRefundCase();
  const translate = useTranslate();
  const { permissions } = usePermissions<Role[]>();
  const allowed = mayQuery(permissions ?? [], 'refunds.assessment');
  const deciding = !!refund && UNDECIDED_REFUND_STATUSES.includes(refund.status);
  const live = useRefundAssessment(refund?.id, deciding && allowed);
  if (!refund) return null;
  const t = (key: string) => `resources.refunds.compare.${key}`;
  const after = deciding ? (live.data?.now ?? null) : refund.decisionFacts;
  let content;
  if (after) {
    content = (
      <>
        <VerdictChangeNotice before={refund.requestFacts} after={after} />
        <VerdictComparison
          before={refund.requestFacts}
          after={after}
          beforeLabel={t('then')}
          afterLabel={t(deciding ? 'now' : 'decided')}
          testId="refund-facts-comparison"
        />
      </>
    );
  } else if (refund.requestFacts) {
    // Support does not read the live assessment; a decision older than its recording has no facts.
    content = <VerdictComparison after={refund.requestFacts} afterLabel={t('then')} testId="refund-facts-comparison" />;
  } else if (deciding && allowed && !live.error) {
    content = <LinearProgress aria-label={translate(t('loading'))} />;
  } else {
    content = (
      <Typography variant="body2" color="text.secondary">
        {translate(t('not_recorded'))}
      </Typography>
    );
  }
  return (
    <CaseCard title={t('title')} testId="refund-facts">
      {content}
      {refund.backdateReason && (
        <Alert severity="info" sx={{ mt: 2 }} data-testid="refund-backdated">
          {translate('resources.refunds.compare.backdated', { reason: refund.backdateReason })}
        </Alert>
      )}
    </CaseCard>
  );
};
