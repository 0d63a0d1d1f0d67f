import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useRefresh, useTranslate } from 'react-admin';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { DateRangeFields, isValidRange, type DayRange } from '../../components/DateRangeFields.tsx';
import { fetchAttachment, saveAttachment } from '../../components/download.ts';
import { toActionFailure, type ActionFailure } from '../../components/useIdempotentAction.ts';
import { useCollectionAction } from '../../components/useCollectionAction.ts';
import { defaultExportPeriod, exportedPuids, type ExportFormat, type StatementExport } from './exportPeriod.ts';

/**
 * The manual export (platforms without API access, docs/TRUST-SAFETY.md "Submission"):
 * `GET /api/statements-of-reasons/export?from&to&format` gives the period's statements the Transparency Database
 * has not accepted yet — JSON in batches of at most 100 (each the body of its `POST /api/v1/statements`) or CSV.
 * Once they are in the database, "Mark as submitted" (`POST …/mark-submitted`) records it: they are never sent
 * or exported again. An empty period saves nothing.
 */
export const ExportStatementsDialog = ({ onClose }: { onClose: () => void }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.statements-of-reasons.export.${key}`, args);
  const mark = useCollectionAction<{ marked: string[] }>('statements-of-reasons', 'mark-submitted');
  const refresh = useRefresh();
  const [period, setPeriod] = useState<DayRange>(defaultExportPeriod);
  const [format, setFormat] = useState<ExportFormat>('json');
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<(StatementExport & { file: string }) | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [note, setNote] = useState('');
  const [marked, setMarked] = useState<number | null>(null);
  const valid = isValidRange(period);

  const exportPeriod = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    const { from, to } = period;
    setPending(true);
    setFailure(null);
    setResult(null);
    setMarked(null);
    try {
      // The JSON says what is handed over (the PUIDs to mark); the CSV, when asked, is the file saved.
      const json = await fetchAttachment<StatementExport>(
        `statements-of-reasons/export?from=${from}&to=${to}&format=json`,
        `kolet-statements-${from}-${to}.json`,
      );
      const exported = json.json!;
      let file = json;
      if (format === 'csv' && exported.count > 0)
        file = await fetchAttachment(`statements-of-reasons/export?from=${from}&to=${to}&format=csv`, `kolet-statements-${from}-${to}.csv`);
      if (exported.count > 0) saveAttachment(file);
      setResult({ ...exported, file: file.name });
    } catch (error) {
      setFailure(toActionFailure(error));
    } finally {
      setPending(false);
    }
  };

  const markSubmitted = async () => {
    if (!result) return;
    setFailure(null);
    const outcome = await mark.run({ puids: exportedPuids(result), note: note.trim() });
    if (!outcome.ok) {
      setFailure(outcome.failure);
      return;
    }
    setMarked(outcome.data.marked.length);
    refresh();
  };

  return (
    <Dialog open onClose={pending ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="export-title" data-testid="export-dialog">
      <DialogTitle id="export-title">{t('title')}</DialogTitle>
      <form onSubmit={(event) => void exportPeriod(event)} noValidate>
        <DialogContent dividers>
          <DialogContentText sx={{ mb: 2 }}>{t('intro')}</DialogContentText>
          <DateRangeFields
            range={period}
            onChange={(range) => {
              setPeriod(range);
              setResult(null);
            }}
            fromLabel="resources.statements-of-reasons.export.from"
            toLabel="resources.statements-of-reasons.export.to"
            error={valid ? null : 'resources.statements-of-reasons.export.to_before_from'}
          />
          <RadioGroup row value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)} sx={{ mt: 1 }}>
            <FormControlLabel value="json" control={<Radio />} label={t('format_json')} />
            <FormControlLabel value="csv" control={<Radio />} label={t('format_csv')} data-testid="export-format-csv" />
          </RadioGroup>
          {result && (
            <Alert severity={result.count ? 'success' : 'info'} sx={{ mt: 2 }} data-testid="export-result">
              {result.count
                ? t('done', {
                    smart_count: result.count,
                    batches: translate('resources.statements-of-reasons.export.batches', { smart_count: result.batches.length }),
                    file: result.file,
                  })
                : t('empty', { from: result.from, to: result.to })}
            </Alert>
          )}
          {result && result.excluded.length > 0 && (
            <Alert severity="warning" sx={{ mt: 2 }} data-testid="export-excluded">
              {t('excluded', { smart_count: result.excluded.length })}
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {result.excluded.map((x) => (
                  <li key={x.puid}>{`${x.puid}: ${Object.entries(x.errors)
                    .map(([f, m]) => `${f} ${m}`)
                    .join('; ')}`}</li>
                ))}
              </ul>
            </Alert>
          )}
          {result && result.count > 0 && marked === null && (
            <>
              <DialogContentText sx={{ mt: 2 }}>{t('mark_intro', { smart_count: result.count })}</DialogContentText>
              <TextField
                label={t('mark_note')}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                fullWidth
                size="small"
                sx={{ mt: 1 }}
              />
            </>
          )}
          {marked !== null && (
            <Alert severity="success" sx={{ mt: 2 }} data-testid="export-marked">
              {t('marked', { smart_count: marked })}
            </Alert>
          )}
          {failure && (
            <ActionFailureAlert
              failure={failure}
              codes="resources.statements-of-reasons.export.errors"
              fields="resources.statements-of-reasons.export"
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={pending}>
            {translate('ra.action.close')}
          </Button>
          {result && result.count > 0 && marked === null && (
            <Button
              variant="outlined"
              disabled={pending || mark.isPending || note.trim().length < 3}
              onClick={() => void markSubmitted()}
              data-testid="export-mark"
            >
              {t('mark', { smart_count: result.count })}
            </Button>
          )}
          <Button
            type="submit"
            variant="contained"
            disabled={pending || !valid}
            startIcon={pending ? <CircularProgress size={16} color="inherit" /> : undefined}
            data-testid="export-confirm"
          >
            {t(pending ? 'running' : 'confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
