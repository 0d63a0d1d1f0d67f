import { Edit } from 'react-admin';
import { UsageAlertForm } from './UsageAlertForm.tsx';

/** An alert rule is a simple, reversible edit: undoable (react-admin's undo, a few seconds before the change is sent). */
export const UsageAlertEdit = () => (
  <Edit mutationMode="undoable" redirect="show">
    <UsageAlertForm />
  </Edit>
);
