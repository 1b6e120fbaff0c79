import { fork, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

import request from 'supertest';

/** A playground Strapi running in another process, reached over HTTP only. */
export interface StrapiProcess {
  url: string;
  http(): ReturnType<typeof request>;
  stop(): Promise<void>;
  /** SIGKILL: the process dies mid-write, as on a crash or an OOM kill; the database sees its connections drop. */
  kill(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts one on the database the DATABASE_* variables of this process name (see createTestDatabase); `env` adds to them. */
export async function startStrapiProcess(env: Record<string, string> = {}): Promise<StrapiProcess> {
  const port = await freePort();
  const child: ChildProcess = fork(path.join(__dirname, 'serve.js'), [], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      STRAPI_LOG_LEVEL: 'error',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) =>
      reject(new Error(`Strapi process exited with code ${code} before it was ready`))
    );
  });
  const url = `http://127.0.0.1:${port}`;
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return { url, http: () => request(url), stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}
