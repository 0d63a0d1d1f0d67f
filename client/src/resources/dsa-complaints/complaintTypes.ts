import type { DsaComplaintsRecord } from '../../records.generated.ts';
import type { COMPLAINANT_ROLES } from '../../../../server/domain/enums.ts';

/** An internal complaint (DSA Art. 20) as `GET /api/dsa-complaints/:id` answers it (client/src/records.generated.ts); the
 * contested decision is a statement of reasons (author) and/or the notice it answered (notifier); `deadlineAt` is informedAt
 * + 6 calendar months, until when complaints are accepted. */
export interface DsaComplaint extends Omit<DsaComplaintsRecord, 'complainantRole'> {
  complainantRole: (typeof COMPLAINANT_ROLES)[number];
}

export type ComplaintOutcome = 'upheld' | 'rejected';
