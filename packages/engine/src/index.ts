export { createEngine, MAX_PROMPT_CHARS, type Engine, type EngineInfo, type GenerateOptions, type GenerateResult } from './engine.ts';
export type { EngineOptions } from './options.ts';
export { EngineError, EngineErrorCodes, type EngineErrorCode } from './errors.ts';
export { rulesGenerate } from './rules/index.ts';
export { devices, autoOrder, type Device, type DeviceRequest } from './devices.ts';
export { applyOverrides, type Overrides } from './overrides.ts';
export { documentGrammar } from './grammar/build.ts';
export { initialState, feedText, forcedText, isComplete } from './automaton/automaton.ts';
export { defaultModelDir } from './model/files.ts';
