import { BooleanInput, SimpleForm, TextArrayInput, TextInput, maxLength, regex, required } from 'react-admin';

const validateIsoCode = [required(), regex(/^[A-Z]{2}$/, 'validation.iso_country')];

/** The ISO code is the country's id: typed on creation, fixed afterwards. */
export const CountryForm = ({ isCreate = false }: { isCreate?: boolean }) => (
  <SimpleForm>
    <TextInput
      source="id"
      validate={validateIsoCode}
      readOnly={!isCreate}
      parse={(value: string) => value.trim().toUpperCase()}
      helperText="resources.countries.helper.id"
      slotProps={{ htmlInput: { maxLength: 2 } }}
    />
    <TextInput source="name" validate={[required(), maxLength(120)]} />
    <TextInput source="region" validate={[required(), maxLength(60)]} />
    <BooleanInput source="available" />
    <TextArrayInput source="operators" />
  </SimpleForm>
);
