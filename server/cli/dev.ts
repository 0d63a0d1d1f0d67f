// `npm run dev`: the API on PORT (3000) and the Vite dev server (5173) proxying /api to it.
import { spawn } from 'node:child_process';
import { ROOT } from '../paths.ts';

const api = spawn('npx', ['tsx', 'watch', 'server/cli/start.ts'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, SKIP_SPA_BUILD: '1' },
});
const vite = spawn('npx', ['vite'], { cwd: ROOT, stdio: 'inherit' });
const stop = () => {
  api.kill('SIGTERM');
  vite.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
