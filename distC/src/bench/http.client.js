"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.httpClient = httpClient;
const node_http_1 = require("node:http");
function httpClient(baseUrl, sockets = 8) {
    const url = new URL(baseUrl);
    const agent = new node_http_1.Agent({ keepAlive: true, maxSockets: sockets });
    const send = (method, path, headers, body) => new Promise((resolve, reject) => {
        const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
        const outgoing = payload ? { ...headers, 'Content-Length': String(payload.length) } : headers;
        const req = (0, node_http_1.request)({ host: url.hostname, port: url.port, method, path, headers: outgoing, agent }, (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('end', () => {
                const text = Buffer.concat(chunks).toString('utf8');
                try {
                    resolve({ status: res.statusCode ?? 0, body: text === '' ? null : JSON.parse(text) });
                }
                catch {
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
//# sourceMappingURL=http.client.js.map