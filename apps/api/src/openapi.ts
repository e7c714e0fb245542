import { errorTable } from './errors.ts';
import { requestSchemas, outputFormats } from './requests.ts';

const json = (schema: object) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((st) => [
      String(st),
      {
        description: Object.entries(errorTable)
          .filter(([, v]) => v.status === st)
          .map(([k]) => k)
          .join(', '),
        content: json(ref('Error')),
      },
    ]),
  );

/** The OpenAPI 3.1 description of the whole API, served at /openapi.json and shown at /docs. */
export function openApiDocument(version = '0.1.0') {
  return {
    openapi: '3.1.0',
    info: {
      title: 'uidsl API',
      version,
      description: 'Chinese page descriptions to UI-DSL documents, themed HTML pages, Vue components and PNGs.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'needed only when the server is started with UIDSL_API_KEYS' } },
      schemas: {
        ...requestSchemas,
        UiDslDocument: { type: 'object', description: 'a UI-DSL document; the full JSON Schema is at /api/v1/schema', required: ['page'] },
        GenerateResponse: {
          type: 'object',
          required: ['doc', 'method', 'timings'],
          properties: {
            doc: ref('UiDslDocument'),
            method: { enum: ['model', 'rules'] },
            cached: { type: 'boolean' },
            timings: { type: 'object', additionalProperties: { type: 'number' }, description: 'milliseconds: queue_ms, generate_ms, total_ms and the engine\'s own' },
            warnings: { type: 'array', items: { type: 'string' } },
          },
        },
        Envelope: {
          type: 'object',
          required: ['success', 'message', 'data', 'method', 'timestamp'],
          properties: { success: { const: true }, message: { type: 'string' }, data: {}, method: { enum: ['model', 'rules'] }, timestamp: { type: 'string', format: 'date-time' } },
        },
        EnvelopeError: {
          type: 'object',
          required: ['success', 'error', 'message', 'code', 'timestamp'],
          properties: { success: { const: false }, error: { enum: Object.keys(errorTable) }, message: { type: 'string' }, code: { type: 'integer', description: 'HTTP status' }, path: { type: 'string' }, timestamp: { type: 'string', format: 'date-time' } },
        },
        Error: {
          type: 'object',
          required: ['error', 'request_id'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { enum: Object.keys(errorTable) },
                message: { type: 'string' },
                path: { type: 'string', description: 'JSON path of the problem in the request body, e.g. dsl.page.sections[1].type' },
                issues: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' }, code: { type: 'string' } } } },
              },
            },
            request_id: { type: 'string' },
          },
        },
      },
    },
    security: [{}, { bearer: [] }],
    paths: {
      '/api/v1/generate': {
        post: {
          summary: 'Generate a UI-DSL document from a description',
          requestBody: { required: true, content: json(ref('GenerateRequest')) },
          responses: { '200': { description: 'the document', content: json(ref('GenerateResponse')) }, ...errorResponses(400, 401, 413, 415, 429, 503, 504) },
        },
      },
      '/api/v1/render': {
        post: {
          summary: 'Render a description or a document',
          description: `output_format: ${outputFormats.join(', ')}. Responses carry a strong ETag; send it back as If-None-Match to get 304.`,
          requestBody: { required: true, content: json(ref('RenderRequest')) },
          responses: {
            '200': {
              description: 'the rendering',
              content: {
                'application/json': { schema: ref('UiDslDocument') },
                'text/html': { schema: { type: 'string' } },
                'text/plain': { schema: { type: 'string', description: 'Vue single-file component' } },
                'image/png': { schema: { type: 'string', format: 'binary' } },
              },
            },
            '304': { description: 'not modified (If-None-Match matched)' },
            ...errorResponses(400, 401, 413, 415, 422, 429, 503, 504),
          },
        },
      },
      ...Object.fromEntries(
        ['/api/v1/generate-ui', '/generate-ui'].map((p) => [
          p,
          {
            post: {
              summary: 'The original design\'s endpoint (compatibility)',
              requestBody: { required: true, content: json(ref('GenerateUiRequest')) },
              responses: { '200': { description: 'envelope', content: json(ref('Envelope')) }, '4XX': { description: 'error envelope', content: json(ref('EnvelopeError')) }, '5XX': { description: 'error envelope', content: json(ref('EnvelopeError')) } },
            },
          },
        ]),
      ),
      '/api/v1/themes': { get: { summary: 'The themes and their design tokens', responses: { '200': { description: 'themes', content: json({ type: 'object' }) } } } },
      '/api/v1/pages': { get: { summary: 'The page types', responses: { '200': { description: 'page types', content: json({ type: 'object' }) } } } },
      '/api/v1/schema': { get: { summary: 'The UI-DSL JSON Schema', responses: { '200': { description: 'JSON Schema (draft 2020-12)', content: { 'application/schema+json': { schema: { type: 'object' } } } } } } },
      '/healthz': { get: { summary: 'Liveness', security: [], responses: { '200': { description: 'alive' } } } },
      '/readyz': { get: { summary: 'Readiness: model loaded and warm', security: [], responses: { '200': { description: 'ready' }, '503': { description: 'warming or draining' } } } },
      '/metrics': { get: { summary: 'Prometheus metrics', security: [], responses: { '200': { description: 'text exposition format', content: { 'text/plain': { schema: { type: 'string' } } } } } } },
    },
  };
}
