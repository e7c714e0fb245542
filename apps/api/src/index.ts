export { createApp, type UidslApp } from './app.ts';
export { startServer, type RunningServer } from './server.ts';
export { loadConfig, options, optionsTable, ConfigError, type ApiConfig } from './config.ts';
export { ApiError, errorTable, type ErrorCode } from './errors.ts';
export { loadDeps, type AppDeps, type EnginePort, type RendererPort } from './deps.ts';
export { openApiDocument } from './openapi.ts';
