import { REDEMPTION_STATUSES } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const redemptionStatusChoices = enumChoices('redemption_status', REDEMPTION_STATUSES);
