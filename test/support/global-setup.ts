/**
 * Site tests run against the real build in dist/ (npm test runs `astro build`
 * first). This serves it over HTTP once for all test files.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../cli/harness/server.ts';

export const distDir = new URL('../../dist/', import.meta.url).pathname;

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(`${distDir}/index.html`)) {
    throw new Error('dist/ 中没有构建结果。请先运行 `npm run build`（`npm test` 会自动先构建）。');
  }
  const { server, url } = await serveDist(distDir);
  project.provide('baseURL', url);
  project.provide('distDir', distDir);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
