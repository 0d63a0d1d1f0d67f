import { Alert, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { createdValues, type ImportReport } from './importTypes.ts';
import { usePlanValueText } from './usePlanValueText.ts';

type Kind = 'created' | 'updated' | 'error';
const COLOURS = { created: 'success', updated: 'info', error: 'error' } as const;

/** The dry run's report, line by line: plans created, plans updated (each change old → new), errors; and how many are unchanged. */
export const ImportReportTable = ({ report }: { report: ImportReport }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.countries.csv.${key}`, args);
  const valueText = usePlanValueText();
  const field = (name: string) => translate(`resources.plans.fields.${name}`, { _: name });

  const lines: { line: number; kind: Kind; plan: string; details: ReactNode }[] = [
    ...report.created.map((row) => {
      const v = createdValues(row);
      const details = ['dataMb', 'validityDays', 'priceCents', 'status'].map((k) => valueText(k, v[k as keyof typeof v])).join(' · ');
      return { line: row.line, kind: 'created' as const, plan: v.name ?? '', details };
    }),
    ...report.updated.map((row) => ({
      line: row.line,
      kind: 'updated' as const,
      plan: `#${row.id} ${row.name}`,
      details: Object.entries(row.changes).map(([k, [before, after]]) => (
        <div key={k}>{t('change', { field: field(k), from: valueText(k, before), to: valueText(k, after) })}</div>
      )),
    })),
    ...report.errors.map((row) => ({ line: row.line, kind: 'error' as const, plan: '', details: row.message })),
  ].sort((a, b) => a.line - b.line || a.kind.localeCompare(b.kind));

  return (
    <Stack spacing={2} data-testid="import-report">
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Chip color="success" variant="outlined" label={t('count_created', { smart_count: report.created.length })} />
        <Chip color="info" variant="outlined" label={t('count_updated', { smart_count: report.updated.length })} />
        <Chip variant="outlined" label={t('count_unchanged', { smart_count: report.unchanged })} data-testid="import-unchanged" />
        <Chip
          color="error"
          variant={report.errors.length ? 'filled' : 'outlined'}
          label={t('count_errors', { smart_count: report.errors.length })}
        />
      </Stack>
      {report.errors.length > 0 && <Alert severity="error">{t('fix_errors')}</Alert>}
      {lines.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('line')}</TableCell>
              <TableCell>{t('result')}</TableCell>
              <TableCell>{t('plan')}</TableCell>
              <TableCell>{t('details')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {lines.map((l) => (
              <TableRow key={`${l.kind}-${l.line}`} data-testid={`import-line-${l.kind}`}>
                <TableCell>{l.line}</TableCell>
                <TableCell>
                  <Chip size="small" color={COLOURS[l.kind]} label={t(`kind.${l.kind}`)} />
                </TableCell>
                <TableCell>{l.plan}</TableCell>
                <TableCell>{l.details}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
};
