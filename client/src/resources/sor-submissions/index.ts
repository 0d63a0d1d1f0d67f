import SubmissionIcon from '@mui/icons-material/CloudDone';
import type { ResourceConfig } from '../types.ts';

// No page of its own: each statement of reasons shows where it stands with the Transparency Database
// (its list's status column, its page's "Transparency Database" tab). Registered for those references.
export default {
  icon: SubmissionIcon,
  recordRepresentation: 'status',
} satisfies ResourceConfig;
