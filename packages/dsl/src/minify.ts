import type { UiDslDocument } from './types.gen.ts';

/** The minified form the model is trained to emit: JSON with no whitespace, keys in document order. */
export const minify = (doc: UiDslDocument): string => JSON.stringify(doc);
