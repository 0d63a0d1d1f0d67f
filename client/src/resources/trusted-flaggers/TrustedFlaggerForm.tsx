import { AutocompleteArrayInput, BooleanInput, DateInput, SimpleForm, TextInput, email, maxLength, required } from 'react-admin';
import { categoryChoices } from '../../tdbChoices.ts';

/** Empty expertise is stored as none listed (null): the flagger then has priority in every category. */
const parseExpertise = (value: string[] | null | undefined) => (value?.length ? value : null);

// DSA Art. 22: notices from trusted flaggers are handled with priority, within their expertise and while their designation is valid.
export const TrustedFlaggerForm = () => (
  <SimpleForm>
    <TextInput source="name" validate={[required(), maxLength(200)]} />
    <TextInput source="email" type="email" validate={[required(), email(), maxLength(254)]} />
    <TextInput source="designatedBy" validate={[required(), maxLength(200)]} helperText="resources.trusted-flaggers.helper.designatedBy" />
    <AutocompleteArrayInput
      source="expertise"
      choices={categoryChoices}
      parse={parseExpertise}
      helperText="resources.trusted-flaggers.helper.expertise"
      fullWidth
    />
    <DateInput source="validUntil" helperText="resources.trusted-flaggers.helper.validUntil" />
    <BooleanInput source="active" />
  </SimpleForm>
);
