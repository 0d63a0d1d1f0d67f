import { Alert, Table, TableBody, TableCell, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { EEA_CODES, EU_CODES } from '../../tdbChoices.ts';
import { decideBody, type DecideValues } from './decideValues.ts';
import type { DsaNotice } from './noticeTypes.ts';

/** "All EEA (30 countries)", "EU 27", or the codes. */
function useScopeText() {
  const translate = useTranslate();
  return (codes: string[]) => {
    if (codes.length === EEA_CODES.length) return translate('resources.dsa-notices.decide.scope_eea', { n: codes.length });
    if (codes.length === EU_CODES.length && EU_CODES.every((c) => codes.includes(c)))
      return translate('resources.dsa-notices.decide.scope_eu');
    return codes.join(', ');
  };
}

/** The confirmation step: what happens to the content and who is told, then the body as it will be sent, field by field. */
export const DecideQuestion = ({ notice, values }: { notice: DsaNotice; values: DecideValues }) => {
  const translate = useTranslate();
  const scope = useScopeText();
  const body = decideBody(values);
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.dsa-notices.decide.${key}`, args);
  const label = (field: string) => translate(`resources.dsa-notices.form.${field}`);
  const rows: [string, string][] = [];
  const add = (field: string, value: unknown) => {
    if (value !== undefined) rows.push([field, String(value)]);
  };
  if (body.decision === 'no_action') add('note', body.note);
  else {
    add('visibility', translate(`tdb.visibility.${String(body.visibility)}`));
    add('suspensionDays', body.suspensionDays);
    add('ground', translate(`enums.dsa_decision_ground.${String(body.ground)}`));
    add('legalGround', body.legalGround);
    add('legalReferenceUrl', body.legalReferenceUrl);
    add('termsClause', body.termsClause);
    add('explanation', body.explanation);
    add('category', translate(`tdb.category.${String(body.category)}`));
    add('keywords', (body.keywords as string[] | undefined)?.map((k) => translate(`tdb.keyword.${k}`)).join(', '));
    add('territorialScope', scope(body.territorialScope as string[]));
    add('facts', body.facts);
    const languages = body.contentLanguages as Record<string, string | null> | undefined;
    if (languages)
      add(
        'contentLanguages',
        Object.entries(languages)
          .map(([id, code]) => `#${id}: ${code ?? t('language_none')}`)
          .join(', '),
      );
  }
  add('automatedDetection', translate(body.automatedDetection ? 'ra.boolean.true' : 'ra.boolean.false'));
  add('automatedDecision', translate(`enums.dsa_automated_decision.${String(body.automatedDecision)}`));
  return (
    <>
      <Alert severity={body.decision === 'no_action' ? 'info' : 'warning'} data-testid="decide-question">
        {t(`question_${String(body.decision)}`, { reference: notice.reference, smart_count: Number(body.suspensionDays ?? 0) })}
      </Alert>
      <Table size="small" sx={{ mt: 2 }} data-testid="decide-summary">
        <TableBody>
          {rows.map(([field, value]) => (
            <TableRow key={field}>
              <TableCell component="th" scope="row" sx={{ fontWeight: 600, width: '35%', verticalAlign: 'top' }}>
                {label(field)}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};
