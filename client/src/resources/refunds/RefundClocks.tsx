import { useRecordContext } from 'react-admin';
import { CaseCard } from './CaseCard.tsx';
import { ClockValue } from './ClockValue.tsx';
import { FactList } from './FactList.tsx';
import type { Refund } from './refundTypes.ts';
import { useFormatters } from './useFormatters.ts';
import { UNDECIDED_REFUND_STATUSES } from '../../../../server/domain/refunds/refundStates.ts';

const PAYING = ['approved', 'failed'];

/**
 * The legal clocks of the case (GCS §6): decision within 5 French working days of receipt,
 * payout within 30 days of the decision, each highlighted while it runs.
 */
export const RefundClocks = () => {
  const refund = useRecordContext<Refund>();
  const { time } = useFormatters();
  if (!refund) return null;
  const label = (key: string) => `resources.refunds.clocks.${key}`;
  return (
    <CaseCard title={label('title')} testId="refund-clocks">
      <FactList
        facts={[
          { label: label('requested'), value: time(refund.requestedAt) },
          {
            label: label('decision_due'),
            testId: 'clock-decision',
            value: (
              <ClockValue
                deadline={refund.decisionDueAt}
                doneAt={refund.decidedAt}
                running={UNDECIDED_REFUND_STATUSES.includes(refund.status)}
              />
            ),
          },
          { label: label('decided'), value: time(refund.decidedAt) },
          {
            label: label('payout_due'),
            testId: 'clock-payout',
            value: <ClockValue deadline={refund.payoutDueAt} doneAt={refund.paidOutAt} running={PAYING.includes(refund.status)} />,
          },
          { label: label('paid_out'), value: time(refund.paidOutAt) },
        ]}
      />
    </CaseCard>
  );
};
