import { useQueryClient } from '@tanstack/react-query';
import { Edit } from 'react-admin';
import { PlanForm } from './PlanForm.tsx';
import { planTransform } from './planFormValues.ts';

/**
 * A plan's fields are a simple, reversible edit: undoable (react-admin's undo, a few seconds before
 * the change is sent). A price change applies to new orders only and says why; the API keeps the
 * history (plan-prices), read again once the change is sent.
 */
export const PlanEdit = () => {
  const queryClient = useQueryClient();
  return (
    <Edit
      mutationMode="undoable"
      redirect="show"
      transform={planTransform}
      mutationOptions={{ onSettled: () => void queryClient.invalidateQueries({ queryKey: ['plan-prices'] }) }}
    >
      <PlanForm />
    </Edit>
  );
};
