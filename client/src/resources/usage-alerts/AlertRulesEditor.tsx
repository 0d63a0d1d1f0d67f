import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { Alert, Button, Chip, IconButton, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { RecordContextProvider, useCreate, useDelete, useNotify, useTranslate, useUpdate } from 'react-admin';
import { MAX_ALERT_RULES } from '../../../../server/domain/accounts/alerts.ts';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { toActionFailure, type ActionFailure } from '../../components/useIdempotentAction.ts';
import type { UsageAlertRule } from '../accounts/accountTypes.ts';
import { nextThreshold } from './alertChoices.ts';
import { AlertRuleForm, type AlertRuleValues } from './AlertRuleForm.tsx';

/** A new rule: by e-mail to the account's own address, at the first usual threshold the plan lacks. */
const newRule = (rules: UsageAlertRule[]): AlertRuleValues => ({
  thresholdPercent: nextThreshold(rules.map((r) => r.thresholdPercent)),
  channel: 'email',
  destination: null,
  enabled: true,
});

interface AlertRulesEditorProps {
  accountPlanId: number;
  rules: UsageAlertRule[];
  /** An unlimited plan: its thresholds count the fair-use allowance (seed 002 reminds heavy users). */
  unlimited?: boolean;
  /** Whether the account has a phone number (an SMS rule without a destination goes there); undefined: unknown. */
  accountHasPhone?: boolean;
  onChanged: () => void;
}

/**
 * A plan's alert rules (seed 002): list, add, edit, delete through the usage-alerts resource,
 * pessimistic; the API's refusals (5 rules at most, an SMS needs a number) shown in place.
 */
export const AlertRulesEditor = ({ accountPlanId, rules, unlimited = false, accountHasPhone, onChanged }: AlertRulesEditorProps) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.usage-alerts.editor.${key}`, args);
  const percent = (value: number) => t(unlimited ? 'percent_fair_use' : 'percent', { value });
  const [editing, setEditing] = useState<UsageAlertRule | null>(null);
  const [confirming, setConfirming] = useState<UsageAlertRule['id'] | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [create, { isPending: creating }] = useCreate<UsageAlertRule>();
  const [update, { isPending: updating }] = useUpdate<UsageAlertRule>();
  const [remove, { isPending: deleting }] = useDelete<UsageAlertRule>();

  const notify = useNotify();
  const done = (what: 'created' | 'updated' | 'deleted') => () => {
    notify(`resources.usage-alerts.notifications.${what}`, { type: 'info', messageArgs: { smart_count: 1 } });
    setFailure(null);
    setEditing(null);
    setFormKey((k) => k + 1);
    onChanged();
  };
  const failed = (error: unknown) => setFailure(toActionFailure(error));
  const save = (values: AlertRuleValues) => {
    setFailure(null);
    const data = {
      thresholdPercent: Number(values.thresholdPercent),
      channel: values.channel,
      destination: values.destination ?? null,
      enabled: values.enabled,
    };
    if (editing) {
      // The whole record with its version (optimistic locking): a stale one answers 409 stale_record.
      void update(
        'usage-alerts',
        { id: editing.id, data: { ...editing, ...data }, previousData: editing },
        { mutationMode: 'pessimistic', onSuccess: done('updated'), onError: failed },
      );
    } else {
      void create('usage-alerts', { data: { accountPlanId, ...data } }, { onSuccess: done('created'), onError: failed });
    }
  };
  const erase = (rule: UsageAlertRule) => {
    setFailure(null);
    void remove(
      'usage-alerts',
      { id: rule.id, previousData: rule },
      { mutationMode: 'pessimistic', onSuccess: done('deleted'), onError: failed },
    );
  };

  return (
    <div data-testid={`alert-rules-${accountPlanId}`}>
      {unlimited && (
        <Alert severity="info" sx={{ mb: 1 }} data-testid="alert-rules-fair-use">
          {t('fair_use')}
        </Alert>
      )}
      {rules.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('none')}
        </Typography>
      ) : (
        <Table size="small" sx={{ mb: 2 }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.usage-alerts.fields.thresholdPercent')}</TableCell>
              <TableCell>{translate('resources.usage-alerts.fields.channel')}</TableCell>
              <TableCell>{translate('resources.usage-alerts.fields.destination')}</TableCell>
              <TableCell>{translate('resources.usage-alerts.fields.enabled')}</TableCell>
              <TableCell>{translate('resources.usage-alerts.fields.firedAt')}</TableCell>
              <TableCell>{translate('resources.usage-alerts.fields.setBy')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rules.map((rule) => (
              <TableRow key={rule.id} selected={editing?.id === rule.id} data-testid={`alert-rule-${rule.id}`}>
                <TableCell>{percent(rule.thresholdPercent)}</TableCell>
                <TableCell>{translate(`enums.alert_channel.${rule.channel}`)}</TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{rule.destination ?? t('own_address')}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    variant="outlined"
                    color={rule.enabled ? 'success' : 'default'}
                    label={t(rule.enabled ? 'on' : 'off')}
                  />
                </TableCell>
                <TableCell>
                  {rule.firedAt ? (
                    <RecordContextProvider value={rule}>
                      <DateTimeField source="firedAt" />
                    </RecordContextProvider>
                  ) : (
                    t('not_fired')
                  )}
                </TableCell>
                <TableCell data-testid={`alert-rule-${rule.id}-set-by`}>
                  {rule.setBy ? translate(`enums.alert_set_by.${rule.setBy}`) : '—'}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Tooltip title={translate('ra.action.edit')}>
                    <IconButton
                      size="small"
                      onClick={() => {
                        setFailure(null);
                        setEditing(rule);
                        setFormKey((k) => k + 1);
                      }}
                      aria-label={translate('ra.action.edit')}
                    >
                      <EditIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                  {confirming === rule.id ? (
                    // A deletion is not undone: a second, explicit click.
                    <Button
                      size="small"
                      color="error"
                      variant="contained"
                      onClick={() => {
                        setConfirming(null);
                        erase(rule);
                      }}
                      disabled={deleting}
                      data-testid={`alert-rule-delete-confirm-${rule.id}`}
                    >
                      {t('delete_confirm', { value: rule.thresholdPercent })}
                    </Button>
                  ) : (
                    <Tooltip title={translate('ra.action.delete')}>
                      <IconButton
                        size="small"
                        onClick={() => setConfirming(rule.id)}
                        disabled={deleting}
                        aria-label={translate('ra.action.delete')}
                        data-testid={`alert-rule-delete-${rule.id}`}
                      >
                        <DeleteIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Typography variant="subtitle2" gutterBottom>
        {editing ? t('edit_title', { value: editing.thresholdPercent }) : t('add_title')}
      </Typography>
      {!editing && rules.length >= MAX_ALERT_RULES && (
        <Alert severity="info" sx={{ mb: 1 }}>
          {t('at_most', { max: MAX_ALERT_RULES })}
        </Alert>
      )}
      <AlertRuleForm
        // Remounted when the rules reload too, so that a new rule proposes a threshold the plan still lacks.
        key={`${formKey}:${rules.map((r) => r.id).join(',')}`}
        initial={
          editing
            ? {
                thresholdPercent: editing.thresholdPercent,
                channel: editing.channel,
                destination: editing.destination,
                enabled: editing.enabled,
              }
            : newRule(rules)
        }
        isPending={creating || updating}
        unlimited={unlimited}
        accountHasPhone={accountHasPhone}
        submitLabel={editing ? translate('ra.action.save') : t('add')}
        onSubmit={save}
        onCancel={
          editing
            ? () => {
                setEditing(null);
                setFailure(null);
                setFormKey((k) => k + 1);
              }
            : undefined
        }
      />
      {failure && <ActionFailureAlert failure={failure} codes="resources.usage-alerts.errors" fields="resources.usage-alerts.fields" />}
    </div>
  );
};
