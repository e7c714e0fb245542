import { ref, watch } from 'vue';

export interface HistoryEntry {
  id: string;
  prompt: string;
  json: string;
  theme: string;
  method: string;
  at: number;
}

const KEY = 'uidsl.history.v1';
const MAX = 20;

function load(): HistoryEntry[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((e) => e && typeof e.prompt === 'string' && typeof e.json === 'string').slice(0, MAX) : [];
  } catch {
    // A corrupt or foreign value is dropped rather than breaking the page.
    return [];
  }
}

/** Recent generations, newest first, kept in localStorage so they survive a reload. */
export function useHistory() {
  const entries = ref<HistoryEntry[]>(load());
  watch(
    entries,
    (v) => {
      try {
        localStorage.setItem(KEY, JSON.stringify(v));
      } catch {
        // Storage full or disabled (private mode): history simply is not kept.
      }
    },
    { deep: true },
  );
  return {
    entries,
    add(e: Omit<HistoryEntry, 'id' | 'at'>) {
      const entry = { ...e, id: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`, at: Date.now() };
      entries.value = [entry, ...entries.value.filter((x) => x.prompt !== e.prompt || x.json !== e.json)].slice(0, MAX);
    },
    clear() {
      entries.value = [];
    },
  };
}
