import { TRANSFER_STATUSES } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const transferStatusChoices = enumChoices('transfer_status', TRANSFER_STATUSES);
