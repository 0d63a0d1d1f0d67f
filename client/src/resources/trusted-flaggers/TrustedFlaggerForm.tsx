import { BooleanInput, SimpleForm, TextInput, email, maxLength, required } from 'react-admin';

// DSA Art. 22: notices from trusted flaggers are handled with priority.
export const TrustedFlaggerForm = () => (
  <SimpleForm>
    <TextInput source="name" validate={[required(), maxLength(200)]} />
    <TextInput source="email" type="email" validate={[required(), email(), maxLength(254)]} />
    <TextInput source="designatedBy" validate={[required(), maxLength(200)]} helperText="resources.trusted-flaggers.helper.designatedBy" />
    <BooleanInput source="active" />
  </SimpleForm>
);
