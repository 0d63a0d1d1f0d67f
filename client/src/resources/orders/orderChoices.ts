import { CHANNELS, ORDER_STATUSES, PAYMENT_METHODS } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const orderStatusChoices = enumChoices('order_status', ORDER_STATUSES);
export const paymentMethodChoices = enumChoices('payment_method', PAYMENT_METHODS);
export const channelChoices = enumChoices('channel', CHANNELS);
