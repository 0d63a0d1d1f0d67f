import { Button, Chip, Stack, TableCell, TableRow, Tooltip } from '@mui/material';
import { useState } from 'react';
import { RecordContextProvider, useTranslate } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { targetOf, type MisuseCounter } from './misuseTypes.ts';
import { RecordMeasureDialog } from './RecordMeasureDialog.tsx';
import { SubjectField } from './SubjectField.tsx';

const keyOf = (row: MisuseCounter) =>
  row.subject === 'notifier' ? `notifier:${row.noticeId ?? row.notifierEmail ?? ''}` : `author:${row.accountId ?? ''}`;

/**
 * One subject's Art. 23(3) figures over 12 months, the measures in force, and Warn / Suspend.
 * Suspend waits for a warning (Art. 23(1)-(2)); the API checks that the warning is less than 12 months old.
 */
export const MisuseCounterRow = ({ row }: { row: MisuseCounter }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState<'warn' | 'suspend' | null>(null);
  const key = keyOf(row);
  const label = row.subject === 'notifier' ? (row.notifierEmail ?? '') : `#${row.accountId ?? ''}`;
  const suspended = row.suspendedUntil !== null && new Date(row.suspendedUntil).getTime() > Date.now();
  return (
    <RecordContextProvider value={{ id: key, ...row }}>
      <TableRow data-testid={`misuse-row-${key}`}>
        <TableCell>
          <SubjectField />
        </TableCell>
        <TableCell align="right">{`${row.manifest} / ${row.total}`}</TableCell>
        <TableCell align="right">{`${Math.round(row.proportion * 100)} %`}</TableCell>
        <TableCell>{row.lastAt ? <DateTimeField source="lastAt" /> : '—'}</TableCell>
        <TableCell>{row.warnedAt ? <DateTimeField source="warnedAt" /> : '—'}</TableCell>
        <TableCell>
          {suspended ? <Chip size="small" color="error" label={<DateTimeField source="suspendedUntil" variant="inherit" />} /> : '—'}
        </TableCell>
        <TableCell align="right">
          <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
            <Button size="small" color="warning" onClick={() => setOpen('warn')} data-testid={`warn-${key}`}>
              {translate('resources.misuse-measures.actions.warn')}
            </Button>
            <Tooltip title={row.warnedAt ? '' : translate('resources.misuse-measures.counters.warn_first')}>
              <span>
                <Button
                  size="small"
                  color="error"
                  onClick={() => setOpen('suspend')}
                  disabled={!row.warnedAt}
                  data-testid={`suspend-${key}`}
                >
                  {translate('resources.misuse-measures.actions.suspend')}
                </Button>
              </span>
            </Tooltip>
          </Stack>
          {open && <RecordMeasureDialog kind={open} target={targetOf(row)} label={label} onClose={() => setOpen(null)} />}
        </TableCell>
      </TableRow>
    </RecordContextProvider>
  );
};
