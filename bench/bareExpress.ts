// The ceiling of this stack: Express 5 answering a small JSON object, nothing else.
import express from 'express';

const app = express();
app.get('/ping', (_req, res) => {
  res.json({ ok: true, service: 'kolet-back-office' });
});
const port = Number(process.env.PORT ?? 3999);
app.listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));
