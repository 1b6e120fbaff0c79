/** Child processes for the install test: npm, npx, strapi, each logged to a file of the app's folder. */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');

/**
 * The environment a user's shell would have: none of the variables Jest or an outer `npm run`
 * set (npm_config_* would configure the app's npm; JEST_WORKER_ID changes some libraries), no
 * telemetry, no remote data transfer, no colours where the tools honour FORCE_COLOR.
 */
function cleanEnv(extra = {}) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(npm_|JEST_|INIT_CWD$|NODE_ENV$|NODE_OPTIONS$)/i.test(key)
    )
  );
  return {
    ...env,
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_REMOTE_DATA_TRANSFER: 'true',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    ...extra,
  };
}

/** A line on the terminal while Jest holds the tests' console output until a file ends. */
function progress(who, message) {
  process.stderr.write(`[install ${new Date().toISOString().slice(11, 19)}] ${who}: ${message}\n`);
}

/** Runs a command to its end (`input`: its stdin); rejects with the end of its output when it fails or overruns. */
function run(command, args, { cwd, env = cleanEnv(), logFile, timeoutMs = 15 * 60_000, input }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (input !== undefined) child.stdin.end(input);
    const log = fs.createWriteStream(logFile, { flags: 'a' });
    log.write(`$ ${command} ${args.join(' ')}\n`);
    let output = '';
    const collect = (chunk) => {
      output += chunk;
      log.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      log.end();
      if (code === 0) resolve(output);
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} ${signal ? `was killed (${signal}, limit ${timeoutMs / 1000} s)` : `exited with ${code}`}; its output ends:\n${output.slice(-4000)}`
          )
        );
    });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** `strapi start` in the background, its output in logFile; resolves when /_health answers 204. */
async function startServer({ cwd, env, logFile, baseUrl, timeoutMs = 180_000 }) {
  const log = fs.openSync(logFile, 'a');
  const child = spawn(`${cwd}/node_modules/.bin/strapi`, ['start'], {
    cwd,
    env,
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited)
      throw new Error(
        `strapi start exited (${JSON.stringify(exited)}); its log ends:\n${fs.readFileSync(logFile, 'utf8').slice(-4000)}`
      );
    try {
      const response = await fetch(`${baseUrl}/_health`);
      if (response.status === 204) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill('SIGKILL');
  throw new Error(
    `/_health did not answer 204 within ${timeoutMs / 1000} s; the log ends:\n${fs.readFileSync(logFile, 'utf8').slice(-4000)}`
  );
}

/** SIGTERM, then SIGKILL after 20 s. */
async function stopServer(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

module.exports = { cleanEnv, progress, run, freePort, startServer, stopServer };
