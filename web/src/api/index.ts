export { ApiClient } from './api-client.ts';
export { ApiError, scopedKey, type Problem, type ScopeRefusal } from './api-error.ts';
export type * from './api-types.ts';
export type * from './query-types.ts';
export type { Answer, QueryParams } from './api-paths.ts';
