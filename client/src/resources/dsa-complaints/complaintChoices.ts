import { DSA_COMPLAINT_STATUSES } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const complaintStatusChoices = enumChoices('dsa_complaint_status', DSA_COMPLAINT_STATUSES);
