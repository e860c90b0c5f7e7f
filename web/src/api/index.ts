export { ApiClient } from './api-client.ts';
export { ApiError, type Problem } from './api-error.ts';
export type * from './api-types.ts';
