import { Alert, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { CaseCard } from './CaseCard.tsx';
import { ELIGIBILITY_COLORS } from './RefundEligibilityField.tsx';
import { useEligibilityText } from './useEligibilityText.ts';
import { useFormatters } from './useFormatters.ts';
import { useRefundCase } from './useRefundCase.ts';

/** The terms' verdict and why, each reason a sentence citing the clause; what they allow at most. */
export const RefundVerdict = () => {
  const { refund, order, plan } = useRefundCase();
  const translate = useTranslate();
  const reasonText = useEligibilityText();
  const { money } = useFormatters();
  if (!refund) return null;
  const eligible = refund.eligibility !== 'not_eligible';
  return (
    <CaseCard title="resources.refunds.verdict.title" testId="refund-verdict">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Chip color={ELIGIBILITY_COLORS[refund.eligibility]} label={translate(`enums.refund_eligibility.${refund.eligibility}`)} />
        {eligible && (
          <Typography variant="body1" data-testid="refund-verdict-proposed">
            {translate('resources.refunds.verdict.proposed', { amount: money(refund.proposedAmountCents) })}
          </Typography>
        )}
      </Stack>
      <Typography variant="subtitle2" sx={{ mt: 1 }}>
        {translate('resources.refunds.verdict.why')}
      </Typography>
      <List dense disablePadding data-testid="refund-reasons">
        {refund.eligibilityReasons.map((reason) => (
          <ListItem key={reason} disableGutters>
            <ListItemText primary={reasonText(reason, refund, order, plan)} />
          </ListItem>
        ))}
      </List>
      {!eligible && (
        <Alert severity="info" sx={{ mt: 1 }}>
          {translate('resources.refunds.verdict.outside_policy')}
        </Alert>
      )}
      {refund.customerReason && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2, fontStyle: 'italic', overflowWrap: 'anywhere' }}>
          {translate('resources.refunds.verdict.customer_said', { reason: refund.customerReason })}
        </Typography>
      )}
    </CaseCard>
  );
};
