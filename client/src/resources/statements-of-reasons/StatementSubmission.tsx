import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { useLocale } from '../../components/useLocale.ts';
import { toActionFailure, type ActionFailure } from '../../components/useIdempotentAction.ts';
import type { KoletDataProvider } from '../../dataProvider.ts';
import { fieldErrorLines, type StatementSubmissions } from './submissionTypes.ts';

const when = (iso: string | null, locale: string) => (iso ? new Date(iso).toLocaleString(locale) : '—');
const STATUS_COLOR = { pending: 'default', sending: 'info', accepted: 'success', refused: 'error' } as const;

/** `POST /api/statements-of-reasons/:id/resubmit {note}`: a refused (or waiting) statement goes with the next run. */
const ResubmitButton = ({ id, onDone }: { id: number; onDone: () => void }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.statements-of-reasons.submission.${key}`);
  const dataProvider = useDataProvider<KoletDataProvider>();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const submit = async () => {
    try {
      await dataProvider.action('statements-of-reasons', id, 'resubmit', { note: note.trim() });
      notify('resources.statements-of-reasons.submission.resubmitted', { type: 'success' });
      setOpen(false);
      onDone();
    } catch (error) {
      setFailure(toActionFailure(error));
    }
  };
  return (
    <>
      <Button variant="outlined" onClick={() => setOpen(true)} data-testid="resubmit">
        {t('resubmit')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{t('resubmit')}</DialogTitle>
        <DialogContent dividers>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {t('resubmit_intro')}
          </Typography>
          <TextField label={t('resubmit_note')} value={note} onChange={(e) => setNote(e.target.value)} fullWidth multiline minRows={2} />
          {failure && (
            <ActionFailureAlert
              failure={failure}
              codes="resources.statements-of-reasons.submission.errors"
              fields="resources.statements-of-reasons.submission"
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={note.trim().length < 3} onClick={() => void submit()} data-testid="resubmit-confirm">
            {t('resubmit')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};

/**
 * Where a statement stands with the EU Transparency Database (DSA Art. 24(5)): waiting, in the database (with its
 * link there), or refused with the fields the database named; then every batch it was in, with the answer.
 */
export const StatementSubmission = () => {
  const record = useRecordContext<{ id: number }>();
  const translate = useTranslate();
  const locale = useLocale();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.statements-of-reasons.submission.${key}`, args);
  const dataProvider = useDataProvider<KoletDataProvider>();
  const queryClient = useQueryClient();
  const refresh = useRefresh();
  const key = ['statements-of-reasons', record?.id, 'submissions'];
  const { data, isPending, error } = useQuery({
    queryKey: key,
    enabled: record?.id != null,
    queryFn: async () => (await dataProvider.get<StatementSubmissions>(`statements-of-reasons/${record!.id}/submissions`)).data,
  });
  if (!record || isPending) return null;
  if (error || !data) return <Alert severity="error">{t('failed')}</Alert>;
  const lines = fieldErrorLines(data.errors);
  return (
    <Box data-testid="statement-submission">
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2 }}>
        <Chip
          color={data.status ? STATUS_COLOR[data.status] : 'default'}
          label={translate(`enums.sor_submission_status.${data.status ?? 'pending'}`)}
          data-testid="submission-status"
        />
        {data.tdbPermalink && (
          <Link href={data.tdbPermalink} target="_blank" rel="noopener noreferrer">
            {t('open_in_tdb')}
          </Link>
        )}
        {(data.status === 'refused' || data.status === 'pending') && (
          <ResubmitButton
            id={record.id}
            onDone={() => {
              void queryClient.invalidateQueries({ queryKey: key });
              refresh();
            }}
          />
        )}
      </Box>
      <Typography variant="body2">
        {t('summary', { attempts: data.attempts, submitted: when(data.submittedAt, locale), accepted: when(data.acceptedAt, locale) })}
      </Typography>
      {data.status === 'pending' && data.nextAttemptAt && (
        <Typography variant="body2">{t('next_attempt', { at: when(data.nextAttemptAt, locale) })}</Typography>
      )}
      {(data.visibilityEndedOn || data.serviceEndedOn) && (
        <Alert severity="info" sx={{ mt: 1 }}>
          {t('ended', { visibility: data.visibilityEndedOn ?? '—', service: data.serviceEndedOn ?? '—' })}
        </Alert>
      )}
      {data.error && (
        <Alert severity={data.status === 'refused' ? 'error' : 'warning'} sx={{ mt: 2 }} data-testid="submission-error">
          {data.error}
          {lines.length > 0 && (
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <Typography variant="subtitle2" sx={{ mt: 3 }}>
        {t('batches')}
      </Typography>
      {data.batches.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {t('no_batches')}
        </Typography>
      ) : (
        <Table size="small" data-testid="submission-batches">
          <TableHead>
            <TableRow>
              {['batch', 'channel', 'started', 'answer', 'outcome'].map((c) => (
                <TableCell key={c}>{t(`column_${c}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {data.batches.map((b) => (
              <TableRow key={b.batchId}>
                <TableCell>
                  {`#${b.batchId}`}
                  {b.parentBatchId ? ` (${t('half_of', { id: b.parentBatchId })})` : ''}
                  {` · ${t('position', { n: b.position + 1, of: b.statementCount })}`}
                </TableCell>
                <TableCell>{translate(`enums.sor_batch_channel.${b.channel}`)}</TableCell>
                <TableCell>{when(b.startedAt, locale)}</TableCell>
                <TableCell>
                  {translate(`enums.sor_batch_status.${b.batchStatus}`)}
                  {b.httpStatus ? ` (HTTP ${b.httpStatus})` : ''}
                  {b.note ? ` — ${b.note}` : ''}
                </TableCell>
                <TableCell>
                  {b.outcome ? translate(`enums.sor_item_outcome.${b.outcome}`) : '—'}
                  {fieldErrorLines(b.errors).map((l) => (
                    <Typography key={l} variant="caption" component="div" color="error">
                      {l}
                    </Typography>
                  ))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};
