import { REVIEW_REMOVAL_GROUNDS, REVIEW_STATUSES } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';
import { SEVERITY_LEVELS } from './severityLevels.ts';

export const reviewStatusChoices = enumChoices('review_status', REVIEW_STATUSES);
export const removalGroundChoices = enumChoices('review_removal_ground', REVIEW_REMOVAL_GROUNDS);
export const ratingChoices = [1, 2, 3, 4, 5].map((n) => ({ id: n, name: '★'.repeat(n) }));
/** "At least this severe", most severe first. */
export const severityChoices = [...SEVERITY_LEVELS]
  .reverse()
  .map((level) => ({ id: level, name: `resources.reviews.severity.level_${level}` }));
