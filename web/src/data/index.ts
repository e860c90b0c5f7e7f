export { entityOf, useSchema } from './use-schema.ts';
