export type * from './types.gen.ts';
export { schema, schemaPath, pageNames, themeNames, sectionTypes, iconNames, propsSchema, deref } from './schema.ts';
export { catalog, type Catalog, type PageEntry, type ThemeEntry, type ThemeTokens, type SectionEntry, type WordsEntry } from './catalog.ts';
export { validate, parseDocument, assertValid, toPath, MAX_ISSUES, type ValidationResult } from './validate.ts';
export { DslErrorCodes, DslValidationError, formatIssues, type DslIssue, type DslErrorCode } from './errors.ts';
export { minify } from './minify.ts';
export { usualLabels, ROW_TITLES, type UsualContext } from './usual.ts';
export { buttonRoles, isSecondaryAction } from './buttons.ts';
