import { apiKey, authHeaders } from './api-key';

/** A failed call, with a message in Chinese a person can act on. */
export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly issues: { path: string; message: string; code?: string }[] = [],
  ) {
    super(message);
  }
}

const TIMEOUT_MS = 45_000;

function messageFor(status: number, code: string, serverMessage: string, retryAfter: string | null): string {
  const wait = retryAfter ? `（约 ${retryAfter} 秒后）` : '';
  if (status === 429) return `请求太频繁了，请稍后再试${wait}。`;
  if (code === 'QUEUE_FULL' || status === 503) return `服务器正忙，排队已满，请稍后重试${wait}。`;
  if (status === 504 || code === 'TIMEOUT') return '生成超时了：请重试，或把描述写得简短一些。';
  if (status === 401) return apiKey.value ? 'API 密钥无效：请在右上角的“API 密钥”中检查后重试。' : '此服务需要 API 密钥：请在右上角的“API 密钥”中填写。';
  if (status >= 500) return `服务器出错了（${code || status}），请稍后重试。`;
  if (code === 'PROMPT_EMPTY') return '请先输入页面描述。';
  if (code === 'PROMPT_TOO_LONG') return '描述太长了，请控制在 500 字以内。';
  return `请求有误：${serverMessage}`;
}

/** POSTs JSON to the API with a client-side time limit; resolves to the Response or throws ApiFailure. */
export async function call(path: string, body: unknown, signal?: AbortSignal): Promise<Response> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  let res: Response;
  try {
    res = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authHeaders() },
      body: JSON.stringify(body),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError' && signal?.aborted) throw err;
    if ((err as Error).name === 'TimeoutError') throw new ApiFailure('等待太久没有回应，请重试。', 0, 'CLIENT_TIMEOUT');
    throw new ApiFailure('无法连接服务器，请检查网络或服务是否在运行。', 0, 'NETWORK');
  }
  if (res.ok) return res;
  let code = '';
  let serverMessage = res.statusText;
  let issues: ApiFailure['issues'] = [];
  try {
    const data = await res.json();
    code = data.error?.code ?? '';
    serverMessage = data.error?.message ?? serverMessage;
    issues = data.error?.issues ?? [];
  } catch {
    // A proxy's HTML error page: the status alone has to do.
  }
  throw new ApiFailure(messageFor(res.status, code, serverMessage, res.headers.get('retry-after')), res.status, code, issues);
}

export interface Theme {
  name: string;
  label: string;
  tokens: Record<string, string | number>;
}

export async function fetchThemes(): Promise<Theme[]> {
  const res = await fetch('/api/v1/themes', { headers: authHeaders() });
  if (res.status === 401) throw new ApiFailure(messageFor(401, 'UNAUTHORIZED', '', null), 401, 'UNAUTHORIZED');
  if (!res.ok) throw new ApiFailure('主题列表加载失败。', res.status, '');
  return (await res.json()).themes;
}

export async function generate(prompt: string, theme?: string, signal?: AbortSignal) {
  const res = await call('/api/v1/generate', theme ? { prompt, theme } : { prompt }, signal);
  return (await res.json()) as { doc: { page: { theme: string } }; method: string; timings: Record<string, number> };
}

export async function renderHtml(dsl: unknown, signal?: AbortSignal): Promise<string> {
  return (await call('/api/v1/render', { dsl, output_format: 'html' }, signal)).text();
}

export async function renderFile(dsl: unknown, format: 'png' | 'vue'): Promise<Blob> {
  return (await call('/api/v1/render', format === 'png' ? { dsl, output_format: 'png', dpr: 2 } : { dsl, output_format: 'vue' })).blob();
}
