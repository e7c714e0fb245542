import { ref } from 'vue';

const KEY = 'uidsl.apiKey.v1';

function load(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    // Storage disabled (private mode): the key lives only as long as the page.
    return '';
  }
}

/** The API key this browser sends as `Authorization: Bearer …`; empty when none is set. */
export const apiKey = ref(load());

/** Stores the key (trimmed) for later visits; an empty key removes it. */
export function setApiKey(value: string): void {
  apiKey.value = value.trim();
  try {
    if (apiKey.value) localStorage.setItem(KEY, apiKey.value);
    else localStorage.removeItem(KEY);
  } catch {
    // Not kept across visits, but used for this one.
  }
}

/** Headers that carry the key, when there is one. */
export const authHeaders = (): Record<string, string> => (apiKey.value ? { authorization: `Bearer ${apiKey.value}` } : {});
