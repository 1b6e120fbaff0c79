/** Requests to the running app, as a client on the network makes them. */
function client(baseUrl) {
  return async function request(method, path, { bearer, body } = {}) {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(bearer && { authorization: `Bearer ${bearer}` }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, body: json, text };
  };
}

/** A compact description of an answer for assertion messages. */
const show = (answer) => `${answer.status} ${answer.text.slice(0, 800)}`;

module.exports = { client, show };
