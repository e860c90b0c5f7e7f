import type { ComponentType } from 'react';

/** A page of the app at a path (wouter patterns: `/segments/:id`). */
export interface AppRoute {
  readonly path: string;
  readonly component: ComponentType;
}

/** Every page, most specific paths first. */
export const appRoutes: readonly AppRoute[] = [];
