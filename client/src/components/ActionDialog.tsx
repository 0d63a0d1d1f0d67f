import {
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  type ButtonProps,
  type DialogProps,
} from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Form, useTranslate } from 'react-admin';

export interface ActionDialogProps<Values extends Record<string, unknown>> {
  /** Names the dialog (aria) and its buttons' test ids: `<name>-review`, `<name>-confirm`. */
  name: string;
  title: string;
  initialValues: Values;
  /** The form step: react-admin inputs, validated before the confirmation step. */
  fields: ReactNode;
  /** The confirmation step: what exactly will happen, with these values. */
  question: (values: Values) => ReactNode;
  reviewLabel: string;
  confirmLabel: string;
  runningLabel: string;
  confirmColor?: ButtonProps['color'];
  isPending: boolean;
  /** Why the last attempt failed, shown on the confirmation step (it can be retried from there). */
  failure?: ReactNode;
  onConfirm: (values: Values) => void;
  onBack?: () => void;
  onClose: () => void;
  /** The form step cannot go on (what it lacks or forbids is said in its fields). */
  reviewDisabled?: boolean;
  /** Wider for long forms (a decision with its statement of reasons). */
  maxWidth?: DialogProps['maxWidth'];
}

/**
 * A domain action in two steps (Saleor's habit): fill and check the form, read what will happen,
 * confirm. Pessimistic: the confirm button spins, disabled, until the API answers; the dialog
 * cannot be closed meanwhile.
 */
export function ActionDialog<Values extends Record<string, unknown>>(props: ActionDialogProps<Values>) {
  const {
    name,
    title,
    initialValues,
    fields,
    question,
    reviewLabel,
    confirmLabel,
    runningLabel,
    confirmColor = 'primary',
    isPending,
    failure,
    onConfirm,
    onBack,
    onClose,
    reviewDisabled = false,
    maxWidth = 'sm',
  } = props;
  const translate = useTranslate();
  const [values, setValues] = useState<Values>(initialValues);
  const [step, setStep] = useState<'form' | 'confirm'>('form');
  const back = () => {
    onBack?.();
    setStep('form');
  };

  return (
    <Dialog
      open
      onClose={isPending ? undefined : onClose}
      fullWidth
      maxWidth={maxWidth}
      aria-labelledby={`${name}-title`}
      data-testid={`${name}-dialog`}
    >
      <DialogTitle id={`${name}-title`}>{title}</DialogTitle>
      {step === 'form' ? (
        <Form
          record={values}
          onSubmit={(submitted: Record<string, unknown>) => {
            setValues(submitted as Values);
            setStep('confirm');
          }}
          disableInvalidFormNotification
        >
          <DialogContent dividers>{fields}</DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={reviewDisabled} data-testid={`${name}-review`}>
              {reviewLabel}
            </Button>
          </DialogActions>
        </Form>
      ) : (
        <>
          <DialogContent dividers>
            {question(values)}
            {failure}
          </DialogContent>
          <DialogActions>
            <Button onClick={back} disabled={isPending}>
              {translate('ra.action.back')}
            </Button>
            <Button
              variant="contained"
              color={confirmColor}
              onClick={() => onConfirm(values)}
              disabled={isPending}
              startIcon={isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
              data-testid={`${name}-confirm`}
            >
              {isPending ? runningLabel : confirmLabel}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
