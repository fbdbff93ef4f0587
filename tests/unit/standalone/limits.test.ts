import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetGateway } from '../../../mocks/runtime';
import { MAX_BODY_BYTES } from '../../../mocks/standalone/read-body';
import { rawRequest, startServer, type RawAnswer, type Running } from './server';

let running: Running;
beforeAll(async () => {
  running = await startServer();
});
afterAll(() => running.close());
beforeEach(() => {
  resetGateway({ liveOrders: 20, testOrders: 0 });
});

function expectProblem(answer: RawAnswer, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toBe('application/problem+json');
  expect(JSON.parse(answer.body)).toMatchObject({ status, code });
}

const post = (path: string, headers: string) =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\n${headers}\r\n`;

describe('the standalone gateway’s limits', () => {
  it('refuses a body declared larger than 64 KiB with 413 before reading it', async () => {
    const memoryBefore = process.memoryUsage().rss;
    const answer = await rawRequest(running.port, post('/api/v1/session', 'Content-Length: 400000000\r\n'), {
      keepWriting: Buffer.alloc(64 * 1024, 0x20),
    });
    expectProblem(answer, 413, 'payload-too-large');
    expect(answer.headers.connection).toBe('close');
    expect(process.memoryUsage().rss - memoryBefore).toBeLessThan(100 * 1024 * 1024);
  });

  it('refuses a chunked body with 413 as soon as it passes the limit', async () => {
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    const framed = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
    const answer = await rawRequest(running.port, post('/api/v1/session', 'Transfer-Encoding: chunked\r\n'), {
      keepWriting: framed,
    });
    expectProblem(answer, 413, 'payload-too-large');
  });

  it('takes a body just under the limit as usual', async () => {
    const body = JSON.stringify({ login: 'admin', password: 'Demo1234', padding: ' '.repeat(MAX_BODY_BYTES - 100) });
    const answer = await rawRequest(
      running.port,
      `${post('/api/v1/session', `Content-Length: ${body.length}\r\n`)}${body}`,
    );
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toHaveProperty('csrfToken');
  });

  it('answers JSON nested past the limit with 422 on the body, at once', async () => {
    const body = `${'['.repeat(30_000)}${']'.repeat(30_000)}`;
    const started = performance.now();
    const answer = await rawRequest(
      running.port,
      `${post('/api/v1/session', `Content-Length: ${body.length}\r\n`)}${body}`,
    );
    expect(performance.now() - started).toBeLessThan(1_000);
    expectProblem(answer, 422, 'validation');
    expect(JSON.parse(answer.body).errors).toEqual([{ field: 'body', message: 'Nested deeper than 32 levels' }]);
  });

  it.each(['/%', '/%E0%A4%A', '/api/v1/profiles/%E0%A4%A/orders', '/assets/%C0%80.js'])(
    'answers a broken percent escape in the path %s with 400',
    async (path) => {
      const answer = await rawRequest(
        running.port,
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
      );
      expectProblem(answer, 400, 'bad-request');
    },
  );

  it.each(['TRACE', 'CONNECT', 'PROPFIND'])(
    'answers %s, a method the server does not have, with 405',
    async (method) => {
      const target = method === 'CONNECT' ? '127.0.0.1:1' : '/api/v1/meta';
      const answer = await rawRequest(
        running.port,
        `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
      );
      expectProblem(answer, 405, 'method-not-allowed');
      if (method !== 'CONNECT') expect(answer.headers.allow).toMatch(/^GET, HEAD, POST/);
    },
  );

  it.each(['a b', '[zz', 'host:port', 'évil.example', ''])('answers a malformed Host "%s" with 400', async (host) => {
    const answer = await rawRequest(
      running.port,
      `GET /api/v1/meta HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
    );
    expectProblem(answer, 400, 'bad-request');
  });

  it('answers a request without Host, or one node cannot parse, with a 400 problem', async () => {
    expectProblem(
      await rawRequest(running.port, 'GET /api/v1/meta HTTP/1.1\r\nConnection: close\r\n\r\n'),
      400,
      'bad-request',
    );
    expectProblem(
      await rawRequest(running.port, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n'),
      400,
      'bad-request',
    );
  });

  it('answers an absolute-form target with 400 rather than parsing the client’s origin', async () => {
    const answer = await rawRequest(
      running.port,
      'GET http://evil.example/api/v1/meta HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
    );
    expectProblem(answer, 400, 'bad-request');
  });
});
