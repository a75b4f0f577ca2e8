// Baseline for call-to-screen: a bare Socket.IO server that broadcasts one event per HTTP POST.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';

let n = 0;
const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/broadcast') {
    n++;
    io.emit('event', {
      version: n,
      type: 'ticket.called',
      ticket: { id: n, number: `A${n}`, counter: { id: 1, name: 'ช่องบริการ 1' } },
    });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ticket: { id: n } }));
  } else res.writeHead(404).end();
});
const io = new Server(server, { serveClient: false });
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
