import { PROMO_KINDS, PROMO_STATUSES } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const promoKindChoices = enumChoices('promo_kind', PROMO_KINDS);
export const promoStatusChoices = enumChoices('promo_status', PROMO_STATUSES);
