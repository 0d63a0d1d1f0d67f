import { Alert, Box, LinearProgress } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RefundAssessment } from './refundTypes.ts';
import { VerdictChangeNotice } from './VerdictChangeNotice.tsx';
import { VerdictComparison } from './VerdictComparison.tsx';

interface DecisionAssessmentProps {
  assessment: RefundAssessment | undefined;
  isFetching: boolean;
  error: Error | null;
}

/**
 * The top of a decision dialog: the verdict when the customer asked beside the verdict now, what
 * changed in between, and that the decision uses now (docs/RULES.md "Refunds"). While it loads, a bar.
 */
export const DecisionAssessment = ({ assessment, isFetching, error }: DecisionAssessmentProps) => {
  const translate = useTranslate();
  if (!assessment) {
    return error ? (
      <Alert severity="warning" sx={{ mb: 2 }} data-testid="assessment-error">
        {translate('resources.refunds.compare.load_error')}
      </Alert>
    ) : (
      <LinearProgress sx={{ mb: 2 }} aria-label={translate('resources.refunds.compare.loading')} />
    );
  }
  return (
    <Box sx={{ mb: 2 }} data-testid="decision-assessment">
      <VerdictChangeNotice before={assessment.then} after={assessment.now} />
      <VerdictComparison
        before={assessment.then}
        after={assessment.now}
        beforeLabel="resources.refunds.compare.then"
        afterLabel="resources.refunds.compare.now"
        compact
      />
      {isFetching && <LinearProgress sx={{ mt: 0.5 }} />}
    </Box>
  );
};
