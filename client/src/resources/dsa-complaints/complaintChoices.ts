import { COMPLAINANT_ROLES, DSA_COMPLAINT_STATUSES } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const complaintStatusChoices = enumChoices('dsa_complaint_status', DSA_COMPLAINT_STATUSES);
export const complainantRoleChoices = enumChoices('complainant_role', COMPLAINANT_ROLES);
export const outcomeChoices = (['upheld', 'rejected'] as const).map((id) => ({
  id,
  name: `resources.dsa-complaints.resolve.outcome_${id}`,
}));
