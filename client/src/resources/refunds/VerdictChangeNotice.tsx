import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { VerdictRecord } from './refundTypes.ts';
import { useVerdictCellText } from './useVerdictCellText.ts';
import { verdictChanged, verdictRows } from './verdictRows.ts';

/**
 * One sentence above the comparison: the verdict changed since the request (and the decision uses
 * the new one), only facts moved, or nothing did. Nothing to say without the facts as asked.
 */
export const VerdictChangeNotice = ({ before, after }: { before: VerdictRecord | null; after: VerdictRecord }) => {
  const translate = useTranslate();
  const cell = useVerdictCellText();
  if (!before) return null;
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.refunds.compare.notice.${key}`, args);
  const verdict = (r: VerdictRecord) =>
    r.verdict.eligibility === 'not_eligible' ? cell('eligibility', r) : `${cell('eligibility', r)} (${cell('proposed', r)})`;
  if (verdictChanged(before, after)) {
    const facts = verdictRows(before, after).filter((row) => row.changed && !['eligibility', 'proposed', 'reasons'].includes(row.key));
    const what = facts.map((row) => translate(`resources.refunds.compare.rows.${row.key}`).toLocaleLowerCase()).join(', ');
    return (
      <Alert severity="warning" sx={{ mb: 1 }} data-testid="verdict-change">
        {t('changed', { before: verdict(before), after: verdict(after), what })}
      </Alert>
    );
  }
  const moved = verdictRows(before, after).some((row) => row.changed);
  return (
    <Alert severity={moved ? 'info' : 'success'} sx={{ mb: 1 }} data-testid="verdict-change">
      {t(moved ? 'facts_moved' : 'unchanged')}
    </Alert>
  );
};
