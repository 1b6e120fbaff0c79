import { contentManager } from './content-manager';
import type { TestStrapi } from './strapi';

/**
 * The ways a client writes an article (spec §12, the write-path matrix), each called as that client
 * calls it: REST and GraphQL with an API token and each `status` they can ask for, the Content Manager's admin API
 * as the admin panel calls it, `strapi.documents` from code, and story import. A new path is one
 * more entry in `WRITE_PATHS`.
 */

export const ARTICLE = 'plugin::newsroom.article';

type Blocks = { type: 'paragraph'; children: { type: 'text'; text: string }[] }[];

export const blocks = (...paragraphs: string[]): Blocks =>
  paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

/** What one cell of the matrix writes: the scenario's headline and slug, and a body with one quotation. */
export interface WriteInput {
  headline: string;
  slug?: string;
  /** A paragraph with one attributed quotation. */
  paragraph: string;
  datelineCity: string;
  topNewsPriority: number;
}

/** What the client was answered: the written document, or a refusal with the error as the client sees it. */
export type WriteOutcome =
  | { ok: true; documentId: string }
  | { ok: false; status: number; error: { name?: string; message: string; details?: any } };

/**
 * After the write, the document is a draft never published, published, a draft that was published
 * once (unpublished), or gone.
 */
export type ExpectedState = 'draft' | 'published' | 'unpublished' | 'gone';

export interface WriteClients {
  app: TestStrapi;
  apiToken: string;
  adminToken: string;
}

export interface WritePath {
  name: string;
  state: ExpectedState;
  /**
   * Whether the write itself carries the scenario's headline and slug. A path that does not
   * (publish, unpublish, delete…) is given a draft made with them beforehand, and the scenario
   * "explicit slug another article holds", refused at that draft, does not apply to it.
   */
  carriesData: boolean;
  /**
   * The write edits an article published before it (its setup): a generated slug then stays the
   * one it was published with (§4.1.6), and what the write publishes replaces what was public.
   */
  publishedBefore?: boolean;
  /** Import's story format has no slug: the explicit-slug scenarios do not apply. */
  takesSlug?: boolean;
  /** ninjs has no top-news priority: the article cannot be told to lead its day's box. */
  takesPriority?: boolean;
  /** The document the write acts on, made before the write (not part of what is measured). */
  setup?: (clients: WriteClients, input: WriteInput, setupParagraph: string) => Promise<string>;
  write: (
    clients: WriteClients,
    input: WriteInput,
    setupId: string | undefined
  ) => Promise<WriteOutcome>;
}

const fields = (input: WriteInput) => {
  const { paragraph, ...rest } = input;
  return { ...rest, body: blocks(paragraph) };
};

/** An HTTP answer as an outcome: 2xx with the document's id, or the refusal. */
function answered(response: { status: number; body: any }): WriteOutcome {
  if (response.status >= 200 && response.status < 300) {
    const data = response.body.data ?? response.body;
    return { ok: true, documentId: data.documentId ?? data.article?.documentId };
  }
  return { ok: false, status: response.status, error: response.body.error };
}

/** A document-service call as an outcome: Strapi's errors carry the status the HTTP layer would send. */
async function called(work: () => Promise<{ documentId: string } | null>): Promise<WriteOutcome> {
  try {
    const result = await work();
    return { ok: true, documentId: result!.documentId };
  } catch (error) {
    const { name, message, details } = error as {
      name?: string;
      message: string;
      details?: unknown;
    };
    return {
      ok: false,
      status: name === 'ValidationError' ? 400 : 500,
      error: { name, message, details },
    };
  }
}

const documents = ({ app }: WriteClients) => app.strapi.documents(ARTICLE);
const cm = ({ app, adminToken }: WriteClients) => contentManager(app, adminToken, ARTICLE);
const cmBase = `/content-manager/collection-types/${ARTICLE}`;

function rest({ app, apiToken }: WriteClients) {
  const auth = { Authorization: `Bearer ${apiToken}` };
  const query = (status: string | undefined) => (status ? { status } : {});
  return {
    post: (status: string | undefined, data: object) =>
      app.http().post('/api/newsroom/articles').query(query(status)).set(auth).send({ data }),
    put: (status: string | undefined, documentId: string, data: object) =>
      app
        .http()
        .put(`/api/newsroom/articles/${documentId}`)
        .query(query(status))
        .set(auth)
        .send({ data }),
  };
}

/** A draft that a write then acts on: made with other text than the write's (for writes that carry data). */
const setupDraft = async (clients: WriteClients, input: WriteInput, setupParagraph: string) =>
  (
    await documents(clients).create({
      data: fields({
        ...input,
        headline: `Setup for ${input.headline}`,
        slug: undefined,
        paragraph: setupParagraph,
      }),
    } as never)
  ).documentId;

/** The same, published: the write then edits a published article. */
const setupPublished = async (clients: WriteClients, input: WriteInput, setupParagraph: string) => {
  const documentId = await setupDraft(clients, input, setupParagraph);
  await documents(clients).publish({ documentId } as never);
  return documentId;
};

/** A draft made with the scenario's own fields, for writes that carry none. */
const scenarioDraft = async (clients: WriteClients, input: WriteInput) =>
  (await documents(clients).create({ data: fields(input) } as never)).documentId;

const scenarioPublished = async (clients: WriteClients, input: WriteInput) => {
  const documentId = await scenarioDraft(clients, input);
  await documents(clients).publish({ documentId } as never);
  return documentId;
};

/** A story in the §8 format: front matter, headline, body. */
function story(input: WriteInput): string {
  return [
    '---',
    `city: ${input.datelineCity}`,
    `priority: ${input.topNewsPriority}`,
    '---',
    input.headline,
    '',
    input.paragraph,
    '',
  ].join('\n');
}

const restPaths: WritePath[] = [undefined, 'draft', 'published'].flatMap((status) => {
  const label = status ? `?status=${status}` : '(no status)';
  // Strapi 5's REST create and update publish unless asked for a draft.
  const state: ExpectedState = status === 'draft' ? 'draft' : 'published';
  return [
    {
      name: `REST POST ${label}`,
      state,
      carriesData: true,
      write: async (clients, input) => answered(await rest(clients).post(status, fields(input))),
    },
    {
      name: `REST PUT ${label}`,
      state,
      carriesData: true,
      setup: setupDraft,
      write: async (clients, input, id) =>
        answered(await rest(clients).put(status, id!, fields(input))),
    },
  ];
});

// A draft edit of a published article (?status=draft) is no §4 write of what the public sees: its
// rules hold at the publish that follows, which these rows and the Content Manager's cover.
const restEditsOfPublished: WritePath[] = [undefined, 'published'].map((status) => ({
  name: `REST PUT ${status ? `?status=${status}` : '(no status)'} of a published article`,
  state: 'published',
  carriesData: true,
  publishedBefore: true,
  setup: setupPublished,
  write: async (clients: WriteClients, input: WriteInput, id: string | undefined) =>
    answered(await rest(clients).put(status, id!, fields(input))),
}));

const contentManagerPaths: WritePath[] = [
  {
    name: 'Content Manager create',
    state: 'draft',
    carriesData: true,
    write: async (c, input) => answered(await cm(c).create(fields(input))),
  },
  {
    name: 'Content Manager create and publish',
    state: 'published',
    carriesData: true,
    write: async (c, input) =>
      answered(
        await c.app
          .http()
          .post(`${cmBase}/actions/publish`)
          .set('Authorization', `Bearer ${c.adminToken}`)
          .send(fields(input))
      ),
  },
  {
    name: 'Content Manager publish (the form saved and published)',
    state: 'published',
    carriesData: true,
    setup: setupDraft,
    write: async (c, input, id) => answered(await cm(c).publish(id!, fields(input))),
  },
  {
    name: 'Content Manager publish of a published article, edited',
    state: 'published',
    carriesData: true,
    publishedBefore: true,
    setup: setupPublished,
    write: async (c, input, id) => answered(await cm(c).publish(id!, fields(input))),
  },
  {
    name: 'Content Manager unpublish',
    state: 'unpublished',
    carriesData: false,
    setup: scenarioPublished,
    write: async (c, _input, id) => answered(await cm(c).unpublish(id!)),
  },
  {
    name: 'Content Manager discard draft',
    state: 'published',
    carriesData: false,
    setup: async (c, input) => {
      const documentId = await scenarioPublished(c, input);
      await documents(c).update({
        documentId,
        data: { headline: `Draft edit of ${input.headline}`, body: blocks('Nothing quoted here.') },
      } as never);
      return documentId;
    },
    write: async (c, _input, id) =>
      answered(
        await c.app
          .http()
          .post(`${cmBase}/${id}/actions/discard`)
          .set('Authorization', `Bearer ${c.adminToken}`)
          .send({})
      ),
  },
  {
    name: 'Content Manager clone',
    state: 'draft',
    carriesData: true,
    setup: setupDraft,
    write: async (c, input, id) =>
      answered(
        await c.app
          .http()
          .post(`${cmBase}/clone/${id}`)
          .set('Authorization', `Bearer ${c.adminToken}`)
          .send(fields(input))
      ),
  },
  {
    name: 'Content Manager delete',
    state: 'gone',
    carriesData: false,
    setup: scenarioPublished,
    write: async (c, _input, id) => {
      const response = await cm(c).delete(id!);
      return response.status === 200 ? { ok: true, documentId: id! } : answered(response);
    },
  },
  {
    name: 'Content Manager bulk publish',
    state: 'published',
    carriesData: false,
    setup: scenarioDraft,
    write: async (c, _input, id) => {
      const response = await c.app
        .http()
        .post(`${cmBase}/actions/bulkPublish`)
        .set('Authorization', `Bearer ${c.adminToken}`)
        .send({ documentIds: [id] });
      return response.status === 200 ? { ok: true, documentId: id! } : answered(response);
    },
  },
];

const documentServicePaths: WritePath[] = [
  {
    name: 'strapi.documents create',
    state: 'draft',
    carriesData: true,
    write: (c, input) => called(() => documents(c).create({ data: fields(input) } as never)),
  },
  {
    name: "strapi.documents create with status: 'published'",
    state: 'published',
    carriesData: true,
    write: (c, input) =>
      called(() => documents(c).create({ data: fields(input), status: 'published' } as never)),
  },
  {
    name: 'strapi.documents update',
    state: 'draft',
    carriesData: true,
    setup: setupDraft,
    write: (c, input, id) =>
      called(() => documents(c).update({ documentId: id!, data: fields(input) } as never)),
  },
  {
    name: "strapi.documents update with status: 'published' of a published article",
    state: 'published',
    carriesData: true,
    publishedBefore: true,
    setup: setupPublished,
    write: (c, input, id) =>
      called(() =>
        documents(c).update({ documentId: id!, data: fields(input), status: 'published' } as never)
      ),
  },
  {
    name: 'strapi.documents publish',
    state: 'published',
    carriesData: false,
    setup: scenarioDraft,
    write: (c, _input, id) => called(() => documents(c).publish({ documentId: id! } as never)),
  },
  {
    name: 'strapi.documents clone',
    state: 'draft',
    carriesData: true,
    setup: setupDraft,
    write: (c, input, id) =>
      called(() => documents(c).clone({ documentId: id!, data: fields(input) } as never)),
  },
];

/** A GraphQL answer as an outcome: a 400 is an error carrying Strapi's error (name, message, details). */
function graphqlAnswered(response: { status: number; body: any }, field: string): WriteOutcome {
  const [error] = response.body.errors ?? [];
  if (!error) return { ok: true, documentId: response.body.data[field].documentId };
  return {
    ok: false,
    status: error.extensions?.code === 'BAD_USER_INPUT' ? 400 : 500,
    error: error.extensions?.error ?? { message: error.message },
  };
}

function graphql({ app, apiToken }: WriteClients) {
  const send = (query: string, variables: object) =>
    app
      .http()
      .post('/graphql')
      .set('Authorization', `Bearer ${apiToken}`)
      .send({ query, variables });
  return {
    create: async (status: string | undefined, data: object) =>
      graphqlAnswered(
        await send(
          'mutation ($data: NewsroomArticleInput!, $status: PublicationStatus) { createNewsroomArticle(data: $data, status: $status) { documentId } }',
          { data, status }
        ),
        'createNewsroomArticle'
      ),
    update: async (status: string | undefined, documentId: string, data: object) =>
      graphqlAnswered(
        await send(
          'mutation ($id: ID!, $data: NewsroomArticleInput!, $status: PublicationStatus) { updateNewsroomArticle(documentId: $id, data: $data, status: $status) { documentId } }',
          {
            id: documentId,
            data,
            status,
          }
        ),
        'updateNewsroomArticle'
      ),
  };
}

// Strapi's GraphQL mutations publish unless asked for a DRAFT, as REST does.
const graphqlPaths: WritePath[] = [undefined, 'DRAFT', 'PUBLISHED'].flatMap((status) => {
  const label = status ? `status: ${status}` : '(no status)';
  const state: ExpectedState = status === 'DRAFT' ? 'draft' : 'published';
  const paths: WritePath[] = [
    {
      name: `GraphQL createNewsroomArticle ${label}`,
      state,
      carriesData: true,
      write: (clients, input) => graphql(clients).create(status, fields(input)),
    },
    {
      name: `GraphQL updateNewsroomArticle ${label}`,
      state,
      carriesData: true,
      setup: setupDraft,
      write: (clients, input, id) => graphql(clients).update(status, id!, fields(input)),
    },
  ];
  if (status === 'DRAFT') return paths;
  return [
    ...paths,
    {
      name: `GraphQL updateNewsroomArticle ${label} of a published article`,
      state: 'published',
      carriesData: true,
      publishedBefore: true,
      setup: setupPublished,
      write: (clients, input, id) => graphql(clients).update(status, id!, fields(input)),
    },
  ];
});

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The cell's article as an IPTC ninjs document, as a partner agency would send it. */
const ninjs = (input: WriteInput) => ({
  uri: `urn:example:${encodeURIComponent(input.headline)}`,
  type: 'text',
  headlines: [{ role: 'main', value: input.headline }],
  bodies: [{ contentType: 'text/html', value: `<p>${escapeHtml(input.paragraph)}</p>` }],
  located: input.datelineCity,
});

/** Story import of `body` (a text story or a ninjs document), publish off and on. */
const importPathsOf = (
  label: string,
  body: (input: WriteInput) => Record<string, unknown>,
  options: Pick<WritePath, 'takesPriority'> = {}
): WritePath[] =>
  [false, true].map((publish) => ({
    name: `${label} (publish ${publish ? 'on' : 'off'})`,
    state: publish ? 'published' : 'draft',
    carriesData: true,
    takesSlug: false,
    ...options,
    write: async (c: WriteClients, input: WriteInput) =>
      answered(
        await c.app
          .http()
          .post('/newsroom/import')
          .set('Authorization', `Bearer ${c.adminToken}`)
          .send({ ...body(input), publish })
      ),
  }));

const importPaths = importPathsOf('import', (input) => ({ text: story(input) }));
const ninjsImportPaths = importPathsOf('ninjs import', (input) => ({ ninjs: ninjs(input) }), {
  takesPriority: false,
});

export const WRITE_PATHS: readonly WritePath[] = [
  ...restPaths,
  ...restEditsOfPublished,
  ...graphqlPaths,
  ...contentManagerPaths,
  ...documentServicePaths,
  ...importPaths,
  ...ninjsImportPaths,
];
