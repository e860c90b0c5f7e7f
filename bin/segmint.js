#!/usr/bin/env node
// The `segmint` command (`npx segmint …` in this repo): runs the TypeScript command line through tsx,
// in this process, so signals and the exit code are the command's own.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
