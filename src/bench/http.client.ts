import { Agent, request } from 'node:http';

/** A response as the bench checks it: status and parsed JSON body (null when empty). */
export interface BenchResponse {
  status: number;
  body: any;
}

/**
 * The load driver's HTTP client: node:http over a keep-alive agent with one socket per concurrent
 * client. `fetch` (undici) costs the driver about three times the CPU per request (≈ 300–390 µs
 * against ≈ 110 µs, 8 clients on loopback), and the driver shares the machine's cores with the
 * servers it measures.
 */
export interface HttpClient {
  readonly baseUrl: string;
  send(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<BenchResponse>;
  close(): void;
}

export function httpClient(baseUrl: string, sockets = 8): HttpClient {
  const url = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const send = (method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<BenchResponse> =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      const outgoing = payload ? { ...headers, 'Content-Length': String(payload.length) } : headers;
      const req = request({ host: url.hostname, port: url.port, method, path, headers: outgoing, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: res.statusCode ?? 0, body: text === '' ? null : JSON.parse(text) });
          } catch {
            reject(new Error(`${method} ${path}: ${res.statusCode} with a body that is not JSON: ${text.slice(0, 200)}`));
          }
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
  return { baseUrl, send, close: () => agent.destroy() };
}
