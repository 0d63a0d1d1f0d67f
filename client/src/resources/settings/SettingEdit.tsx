import { Edit, SimpleForm, TextField, TextInput, required } from 'react-admin';
import type { Setting } from '../../types.ts';
import { fromFormValues, toFormValues, validateJson, type SettingFormValues } from './settingJson.ts';

/** The value is edited as JSON text and sent back parsed, with the record's version (409 if stale). */
export const SettingEdit = () => (
  <Edit<Setting>
    mutationMode="pessimistic"
    redirect="show"
    queryOptions={{ select: (setting) => toFormValues(setting) }}
    transform={(data) => fromFormValues(data as SettingFormValues)}
  >
    <SimpleForm>
      <TextField source="id" />
      <TextField source="description" />
      <TextInput
        source="valueJson"
        multiline
        minRows={3}
        validate={[required(), validateJson]}
        sx={{ fontFamily: 'monospace', '& textarea': { fontFamily: 'monospace' } }}
      />
    </SimpleForm>
  </Edit>
);
