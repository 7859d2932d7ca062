import { EventEmitter } from 'node:events';
import { connect, type AddressInfo, type Server } from 'node:net';
import type { NextFunction, Request, Response } from 'express';
import { onePerConnection } from '../../src/http/pipelining';
import { createTestApp, type TestApp } from '../support/app';

/** A connection and the requests a client pipelined on it, as the middleware sees them. */
function connection() {
  const socket = Object.assign(new EventEmitter(), { destroyed: false });
  const started: number[] = [];
  const responses: EventEmitter[] = [];
  const send = (n: number) => {
    const res = new EventEmitter();
    responses.push(res);
    onePerConnection({ socket } as unknown as Request, res as unknown as Response, (() => started.push(n)) as NextFunction);
  };
  return { socket, started, responses, send };
}

describe('pipelined requests on one connection', () => {
  it('start one after another, each when the previous answer is done', () => {
    const c = connection();
    [1, 2, 3].forEach(c.send);
    expect(c.started).toEqual([1]);
    c.responses[0].emit('close');
    expect(c.started).toEqual([1, 2]);
    c.responses[1].emit('close');
    expect(c.started).toEqual([1, 2, 3]);
  });

  it('do not start once the connection is gone', () => {
    const c = connection();
    [1, 2, 3].forEach(c.send);
    c.socket.destroyed = true;
    c.responses[0].emit('close');
    expect(c.started).toEqual([1]);
  });

  it('leave a request that follows an answered one free to start at once', () => {
    const c = connection();
    c.send(1);
    c.responses[0].emit('close');
    c.send(2);
    expect(c.started).toEqual([1, 2]);
  });
});

describe('the app with a client that pipelines', () => {
  let t: TestApp;
  let server: Server;
  beforeAll(async () => {
    t = await createTestApp();
    server = t.app.listen(0);
  });
  afterAll(async () => {
    await new Promise((done) => server.close(done));
    await t.close();
  });

  it('answers every request, in order', async () => {
    const { port } = server.address() as AddressInfo;
    const socket = connect(port, '127.0.0.1');
    const request = (path: string) => `GET ${path} HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: ${path.slice(1)}\r\n\r\n`;
    socket.write(request('/healthz') + request('/readyz') + request('/healthz'));
    let received = '';
    await new Promise<void>((done) => {
      socket.on('data', (chunk) => {
        received += chunk;
        if ((received.match(/HTTP\/1\.1 200/g) ?? []).length === 3) done();
      });
    });
    socket.destroy();
    expect([...received.matchAll(/X-Request-Id: (\w+)/gi)].map((m) => m[1])).toEqual(['healthz', 'readyz', 'healthz']);
  });
});
