/** A subcommand: its one-line summary and a lazy loader, so `uidsl --help` loads nothing heavy. */
export interface Command {
  summary: string;
  load: () => Promise<{ run: (argv: string[]) => Promise<number> | number }>;
}

/** Every subcommand, one file each under ./commands. Exit codes: 0 ok, 1 failed checks, 2 bad usage. */
export const commands: Record<string, Command> = {
  'data generate': { summary: 'write a training dataset of instruction / UI-DSL pairs', load: () => import('./commands/data-generate.ts') },
  validate: { summary: 'check a UI-DSL document or a JSONL file of records', load: () => import('./commands/validate.ts') },
  render: { summary: 'render a document to html, vue, png or svg', load: () => import('./commands/render.ts') },
  gallery: { summary: 'write a contact sheet of many documents across themes', load: () => import('./commands/gallery.ts') },
  generate: { summary: 'turn a Chinese description into a UI-DSL document', load: () => import('./commands/generate.ts') },
  eval: { summary: 'score the engine on a dataset split and the dev set', load: () => import('./commands/eval.ts') },
  serve: { summary: 'start the API and the web app', load: () => import('./commands/serve.ts') },
};
