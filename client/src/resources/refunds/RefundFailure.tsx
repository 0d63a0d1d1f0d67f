import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import type { ActionFailure } from '../../components/useIdempotentAction.ts';

/** Why a refund action was refused, in finance's words when the code has a label, else the API's. */
export const RefundFailure = ({ failure }: { failure: ActionFailure | null }) =>
  failure ? <ActionFailureAlert failure={failure} codes="resources.refunds.errors" fields="resources.refunds.form" /> : null;
