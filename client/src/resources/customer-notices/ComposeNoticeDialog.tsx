import { Alert, Typography } from '@mui/material';
import {
  DateInput,
  FormDataConsumer,
  required,
  SelectInput,
  TextInput,
  useDataProvider,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { CUSTOMER_NOTICE_AUDIENCES, CUSTOMER_NOTICE_KINDS } from '../../../../server/domain/enums.ts';
import { ActionDialog } from '../../components/ActionDialog.tsx';
import { ActionFailureAlert } from '../../components/ActionFailureAlert.tsx';
import { useKeyedAttempt } from '../../components/useIdempotentAction.ts';
import type { KoletDataProvider } from '../../dataProvider.ts';

interface Values extends Record<string, unknown> {
  kind: string;
  audience: string;
  country: string;
  effectiveOn: string;
  subjectFr: string;
  bodyFr: string;
  subjectEn: string;
  bodyEn: string;
}

/** An admin writes a notice in French and English for an audience; it stays a draft until sent from its page. */
export const ComposeNoticeDialog = ({ onClose }: { onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useDataProvider<KoletDataProvider>();
  const run = useKeyedAttempt<{ id: number }>(
    async (body, idempotencyKey) =>
      (await dataProvider.collectionAction<{ id: number }>('customer-notices', 'compose', body, { idempotencyKey })).data,
  );
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.customer-notices.compose.${key}`, args);
  return (
    <ActionDialog<Values>
      name="notice-compose"
      title={t('title')}
      maxWidth="md"
      initialValues={{
        kind: 'interruption',
        audience: 'all_active',
        country: '',
        effectiveOn: '',
        subjectFr: '',
        bodyFr: '',
        subjectEn: '',
        bodyEn: '',
      }}
      fields={
        <>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {t('intro')}
          </Typography>
          <SelectInput
            source="kind"
            label="resources.customer-notices.fields.kind"
            choices={CUSTOMER_NOTICE_KINDS.map((k) => ({ id: k, name: `enums.notice_kind.${k}` }))}
            validate={required()}
          />
          <SelectInput
            source="audience"
            label="resources.customer-notices.fields.audience"
            choices={CUSTOMER_NOTICE_AUDIENCES.map((a) => ({ id: a, name: `enums.notice_audience.${a}` }))}
            validate={required()}
          />
          <FormDataConsumer<Values>>
            {({ formData }) =>
              formData.audience === 'active_plan_country' && (
                <TextInput
                  source="country"
                  label="resources.customer-notices.fields.countryCode"
                  helperText="resources.customer-notices.compose.country_hint"
                />
              )
            }
          </FormDataConsumer>
          <DateInput
            source="effectiveOn"
            label="resources.customer-notices.fields.effectiveOn"
            helperText="resources.customer-notices.compose.effective_hint"
          />
          <TextInput source="subjectFr" label="resources.customer-notices.fields.subjectFr" fullWidth />
          <TextInput source="bodyFr" label="resources.customer-notices.fields.bodyFr" multiline minRows={3} fullWidth />
          <TextInput source="subjectEn" label="resources.customer-notices.fields.subjectEn" fullWidth />
          <TextInput source="bodyEn" label="resources.customer-notices.fields.bodyEn" multiline minRows={3} fullWidth />
        </>
      }
      question={(v) => (
        <Alert severity="info" data-testid="notice-compose-question">
          {t('question', { subject: v.subjectEn || v.subjectFr, audience: translate(`enums.notice_audience.${v.audience}`) })}
        </Alert>
      )}
      reviewLabel={translate('resources.accounts.actions.review')}
      confirmLabel={t('confirm')}
      runningLabel={translate('resources.accounts.actions.running')}
      isPending={run.isPending}
      failure={
        run.failure && (
          <ActionFailureAlert failure={run.failure} codes="resources.customer-notices.errors" fields="resources.customer-notices.fields" />
        )
      }
      onConfirm={(v) => {
        const body = {
          kind: v.kind,
          audience: v.audience,
          country: v.audience === 'active_plan_country' ? (v.country ?? '').trim().toUpperCase() : null,
          effectiveOn: v.effectiveOn || null,
          subjectFr: v.subjectFr ?? '',
          bodyFr: v.bodyFr ?? '',
          subjectEn: v.subjectEn ?? '',
          bodyEn: v.bodyEn ?? '',
        };
        void run.run(body).then((outcome) => {
          if (!outcome.ok) return;
          notify(t('success'), { type: 'success' });
          onClose();
          redirect('show', 'customer-notices', outcome.data.id);
        });
      }}
      onBack={run.clearFailure}
      onClose={onClose}
    />
  );
};
