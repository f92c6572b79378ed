// The yardstick: a bare Fastify hello-world, measured in the same run as the API.
import Fastify from 'fastify';

const app = Fastify();
app.get('/', async () => ({ hello: 'world' }));
await app.listen({ port: Number(process.env.PORT ?? 3918), host: '127.0.0.1' });
