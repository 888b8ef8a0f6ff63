// Orders API on Express. Hover a status below to see its card;
// ../README.md says what to try in the other demo files.
const express = require('express');

const app = express();
const PORT = process.env.PORT || 8080;
const PAGE_SIZE = 200;
const UPSTREAM_TIMEOUT_MS = 500;

app.use(express.json({ limit: '100kb' }));

app.get('/orders/:id', async (req, res) => {
  const order = await db.orders.find(req.params.id, { timeout: UPSTREAM_TIMEOUT_MS });
  if (!order) {
    return res.status(404).json({ error: 'order not found' });
  }
  res.json(order);
});

app.get('/orders', async (req, res) => {
  const orders = await db.orders.list({ limit: PAGE_SIZE });
  res.status(200).json(orders);
});

app.post('/orders', async (req, res) => {
  if (!req.body.items?.length) {
    return res.status(422).json({ error: 'an order needs items' });
  }
  if (await rateLimiter.isLimited(req.ip)) {
    res.set('Retry-After', '30');
    return res.sendStatus(429);
  }
  const order = await db.orders.create(req.body);
  res.status(201).location(`/orders/${order.id}`).json(order);
});

app.delete('/orders/:id', async (req, res) => {
  await db.orders.remove(req.params.id);
  res.status(204).end();
});

app.listen(PORT, () => console.log(`orders API on port ${PORT}`));
