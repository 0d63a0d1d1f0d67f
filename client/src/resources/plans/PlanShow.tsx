import { Box } from '@mui/material';
import { DeleteButton, EditButton, Show, TopToolbar } from 'react-admin';
import { PlanPriceHistory } from '../plan-prices/PlanPriceHistory.tsx';
import { ClonePlanButton } from './ClonePlanButton.tsx';
import { PlanSummary } from './PlanSummary.tsx';
import { RetirePlanButton } from './RetirePlanButton.tsx';
import { HistoryButton } from '../audit-log/AuditFields.tsx';

// A plan that was sold cannot be deleted (409 plan_sold): the notification says to retire it.
const PlanShowActions = () => (
  <TopToolbar>
    <EditButton />
    <ClonePlanButton />
    <RetirePlanButton />
    <DeleteButton mutationMode="pessimistic" confirmTitle="resources.plans.delete.title" confirmContent="resources.plans.delete.content" />
    <HistoryButton />
  </TopToolbar>
);

/** The plan, and every price it has had (new prices apply to new orders only). */
export const PlanShow = () => (
  <Show actions={<PlanShowActions />}>
    <Box sx={{ p: 2 }}>
      <PlanSummary />
      <PlanPriceHistory />
    </Box>
  </Show>
);
