import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { DateRangeFields, isValidRange, type DayRange } from '../../components/DateRangeFields.tsx';
import { fetchAttachment, saveAttachment } from '../../components/download.ts';
import { toActionFailure, type ActionFailure } from '../../components/useIdempotentAction.ts';
import { defaultExportPeriod, type StatementExport } from './exportPeriod.ts';

/**
 * `GET /api/statements-of-reasons/export?from&to`: the period's statements in the TDB's format, in
 * batches of at most 100 (each the body of the TDB's `POST /api/v1/statements`), saved as a JSON file.
 * An empty period saves nothing.
 */
export const ExportStatementsDialog = ({ onClose }: { onClose: () => void }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.statements-of-reasons.export.${key}`, args);
  const [period, setPeriod] = useState<DayRange>(defaultExportPeriod);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<(StatementExport & { file: string }) | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const valid = isValidRange(period);

  const exportPeriod = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    const { from, to } = period;
    setPending(true);
    setFailure(null);
    setResult(null);
    try {
      const file = await fetchAttachment<StatementExport>(`statements-of-reasons/export?from=${from}&to=${to}`, `kolet-statements-${from}-${to}.json`);
      const exported = file.json!;
      if (exported.count > 0) saveAttachment(file);
      setResult({ ...exported, file: file.name });
    } catch (error) {
      setFailure(toActionFailure(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open onClose={pending ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="export-title" data-testid="export-dialog">
      <DialogTitle id="export-title">{t('title')}</DialogTitle>
      <form onSubmit={(event) => void exportPeriod(event)} noValidate>
        <DialogContent dividers>
          <DialogContentText sx={{ mb: 2 }}>{t('intro')}</DialogContentText>
          <DateRangeFields
            range={period}
            onChange={(range) => { setPeriod(range); setResult(null); }}
            fromLabel="resources.statements-of-reasons.export.from"
            toLabel="resources.statements-of-reasons.export.to"
            error={valid ? null : 'resources.statements-of-reasons.export.to_before_from'}
          />
          {result && (
            <Alert severity={result.count ? 'success' : 'info'} sx={{ mt: 2 }} data-testid="export-result">
              {result.count
                ? t('done', { smart_count: result.count, batches: translate('resources.statements-of-reasons.export.batches', { smart_count: result.batches.length }), file: result.file })
                : t('empty', { from: result.from, to: result.to })}
            </Alert>
          )}
          {failure && <ActionFailureAlert failure={failure} codes="resources.statements-of-reasons.export.errors" fields="resources.statements-of-reasons.export" />}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={pending}>{translate('ra.action.close')}</Button>
          <Button type="submit" variant="contained" disabled={pending || !valid} startIcon={pending ? <CircularProgress size={16} color="inherit" /> : undefined} data-testid="export-confirm">
            {t(pending ? 'running' : 'confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
