/**
 * `node bench/load-client.js URL SECONDS CONNECTIONS`: autocannon against one URL, in a process of
 * its own so the load generator does not share Strapi's event loop (or steal its CPU time slices in
 * it). Prints `{ rps, requests, non2xx, errors }` as JSON.
 */
const autocannon = require('autocannon');

const [url, seconds, connections] = process.argv.slice(2);

autocannon(
  { url, duration: Number(seconds), connections: Number(connections) },
  (error, result) => {
    if (error) throw error;
    const { requests, non2xx, errors, timeouts } = result;
    process.stdout.write(
      JSON.stringify({
        rps: requests.average,
        requests: requests.total,
        non2xx,
        errors: errors + timeouts,
      })
    );
  }
);
