import { ROLES, STAFF_STATUSES } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const roleChoices = enumChoices('role', ROLES);
export const staffStatusChoices = enumChoices('staff_status', STAFF_STATUSES);
