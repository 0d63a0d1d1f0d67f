import { SOR_BATCH_CHANNELS, SOR_BATCH_STATUSES, SOR_ITEM_OUTCOMES, SOR_SUBMISSION_STATUSES } from '../../../../server/domain/enums.ts';
import { enumChoices } from '../../enumChoices.ts';

export const submissionStatusChoices = enumChoices('sor_submission_status', SOR_SUBMISSION_STATUSES);
export type SubmissionStatus = (typeof SOR_SUBMISSION_STATUSES)[number];
export type FieldErrors = Record<string, string[]>;

/** `GET /api/statements-of-reasons/:id/submissions`: where the statement stands, and every batch it was in. */
export interface StatementSubmissions {
  statementId: number;
  puid: string;
  status: SubmissionStatus | null;
  attempts: number;
  nextAttemptAt: string | null;
  submittedAt: string | null;
  acceptedAt: string | null;
  tdbUuid: string | null;
  tdbPermalink: string | null;
  error: string | null;
  errors: FieldErrors | null;
  visibilityEndedOn: string | null;
  serviceEndedOn: string | null;
  batches: {
    batchId: number;
    channel: (typeof SOR_BATCH_CHANNELS)[number];
    batchStatus: (typeof SOR_BATCH_STATUSES)[number];
    statementCount: number;
    parentBatchId: number | null;
    startedAt: string;
    finishedAt: string | null;
    httpStatus: number | null;
    error: string | null;
    note: string | null;
    position: number;
    outcome: (typeof SOR_ITEM_OUTCOMES)[number] | null;
    errors: FieldErrors | null;
  }[];
}

/** "category: The selected category is invalid." — the field the database named, and what it said. */
export const fieldErrorLines = (errors: FieldErrors | null): string[] =>
  Object.entries(errors ?? {}).flatMap(([field, messages]) => messages.map((m) => `${field}: ${m}`));
