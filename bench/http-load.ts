import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

import type { Core } from '@strapi/strapi';

import { median } from './stats';

interface LoadRun {
  rps: number;
  requests: number;
  non2xx: number;
  errors: number;
}

export interface LoadSizes {
  rounds: number;
  seconds: number;
  connections: number;
}

const LOAD_CLIENT = path.join(__dirname, 'load-client.js');

/** Strapi's own HTTP server, listening on a free port: the base URL. */
export async function listen(strapi: Core.Strapi): Promise<string> {
  const server = strapi.server.httpServer;
  if (!server.listening)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function load(url: string, seconds: number, connections: number): Promise<LoadRun> {
  const { stdout } = await promisify(execFile)(process.execPath, [
    LOAD_CLIENT,
    url,
    String(seconds),
    String(connections),
  ]);
  const run = JSON.parse(stdout) as LoadRun;
  if (run.non2xx > 0 || run.errors > 0)
    throw new Error(`${url}: ${run.non2xx} non-2xx answers and ${run.errors} errors under load`);
  return run;
}

export async function getJson(url: string): Promise<any> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Requests per second of one route: a warm-up, then the median of `rounds` runs. */
export async function routeRate(url: string, sizes: LoadSizes): Promise<number> {
  await load(url, Math.min(2, sizes.seconds), sizes.connections);
  const runs: number[] = [];
  for (let round = 0; round < sizes.rounds; round += 1)
    runs.push((await load(url, sizes.seconds, sizes.connections)).rps);
  return median(runs);
}

/**
 * Requests per second of two routes over HTTP, through Strapi's whole stack, load from a child
 * process: a warm-up of each, then one run of each per round (the first swapping each round);
 * medians of the rounds, and the median of the rounds' ratios `measured / against`.
 */
export async function compareRoutes(urls: { measured: string; against: string }, sizes: LoadSizes) {
  const warmUp = Math.min(2, sizes.seconds);
  await load(urls.measured, warmUp, sizes.connections);
  await load(urls.against, warmUp, sizes.connections);

  const rounds: { measured: number; against: number }[] = [];
  for (let round = 0; round < sizes.rounds; round += 1) {
    const order =
      round % 2 === 0 ? (['measured', 'against'] as const) : (['against', 'measured'] as const);
    const rps = { measured: 0, against: 0 };
    for (const route of order)
      rps[route] = (await load(urls[route], sizes.seconds, sizes.connections)).rps;
    rounds.push(rps);
  }
  return {
    ratio: median(rounds.map((round) => round.measured / round.against)),
    measured_rps: median(rounds.map((round) => round.measured)),
    against_rps: median(rounds.map((round) => round.against)),
  };
}
