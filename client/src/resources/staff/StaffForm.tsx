import { CheckboxGroupInput, PasswordInput, SelectInput, SimpleForm, TextInput, email, maxLength, minLength, required } from 'react-admin';
import { roleChoices, staffStatusChoices } from './staffChoices.ts';

/** The e-mail and the password are only set on creation (the API never returns the password, nor its hash). */
export const StaffForm = ({ isCreate = false }: { isCreate?: boolean }) => (
  <SimpleForm>
    <TextInput source="email" type="email" validate={[required(), email(), maxLength(254)]} readOnly={!isCreate} />
    <TextInput source="name" validate={[required(), maxLength(120)]} />
    <CheckboxGroupInput source="roles" choices={roleChoices} validate={required()} />
    {isCreate && (
      <PasswordInput
        source="password"
        autoComplete="new-password"
        validate={[required(), minLength(12)]}
        helperText="resources.staff.helper.password"
      />
    )}
    <SelectInput source="status" choices={staffStatusChoices} validate={required()} />
  </SimpleForm>
);
