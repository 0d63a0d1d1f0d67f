import { Create } from 'react-admin';
import { UsageAlertForm } from './UsageAlertForm.tsx';

export const UsageAlertCreate = () => (
  <Create redirect="show" record={{ thresholdPercent: 90, channel: 'email', enabled: true }}>
    <UsageAlertForm isCreate />
  </Create>
);
