import { ALERT_CHANNELS, ALERT_SET_BY } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const alertChannelChoices = enumChoices('alert_channel', ALERT_CHANNELS);
export const alertSetByChoices = enumChoices('alert_set_by', ALERT_SET_BY);

/** Seed 002's usual thresholds, one click each: 75 % (the usual extra), 90 % and 100 % (a new plan's defaults). */
export const QUICK_THRESHOLDS = [75, 90, 100] as const;

/** What a new rule proposes: the first usual threshold the plan lacks, else half of the data (seed 002's other reminder). */
export const nextThreshold = (taken: readonly number[]): number => QUICK_THRESHOLDS.find((t) => !taken.includes(t)) ?? 50;
