import { useTranslate } from 'react-admin';
import { ActionDialog, type ActionDialogProps } from '../../components/ActionDialog.tsx';
import { RefundFailure } from './RefundFailure.tsx';
import type { useRefundAction } from './useRefundAction.ts';

type Props<Values extends Record<string, unknown>> = Omit<
  ActionDialogProps<Values>,
  'reviewLabel' | 'isPending' | 'failure' | 'onBack' | 'confirmLabel' | 'runningLabel'
> & {
  action: ReturnType<typeof useRefundAction>;
  /** i18n section of this dialog's labels: `resources.refunds.<labels>.confirm` / `.running`. */
  labels: string;
};

/** The two-step dialog of a refund action: its review button, running state and failures are the refund case's. */
export function RefundActionDialog<Values extends Record<string, unknown>>({ action, labels, ...props }: Props<Values>) {
  const translate = useTranslate();
  return (
    <ActionDialog<Values>
      {...props}
      reviewLabel={translate('resources.refunds.dialog.review')}
      confirmLabel={translate(`resources.refunds.${labels}.confirm`)}
      runningLabel={translate(`resources.refunds.${labels}.running`)}
      isPending={action.isPending}
      failure={<RefundFailure failure={action.failure} />}
      onBack={action.clearFailure}
    />
  );
}
