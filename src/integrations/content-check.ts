/**
 * Refuses to build a site from content that fails `npm run check`: the same checker,
 * the same messages. `astro build` stops with an error listing every problem (the
 * check runs while the content is synced, and the build waits for it before it
 * renders anything: src/build/content-check-run.ts);
 * `astro dev` logs them at start and again whenever a content file changes, and keeps
 * serving so the contributor can fix them. Other commands (sync, preview, check) skip it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import {
  checkContent,
  checkContentInParallel,
  type CheckOptions,
  type CheckResult,
} from '../check/check-content.ts';
import { reportLines, summaryLine } from '../check/report.ts';
import { finishCheckRun, startCheckRun } from '../build/content-check-run.ts';

export { ContentCheckError } from '../build/content-check-run.ts';

/** Paths are relative to the project root; the defaults are those of `npm run check`. */
export type ContentCheckOptions = Omit<CheckOptions, 'cwd'>;

function logResult(result: CheckResult, logger: AstroIntegrationLogger) {
  if (result.problems.length) logger.error(reportLines(result).join('\n'));
  else logger.info(summaryLine(result));
}

export default function contentCheck(options: ContentCheckOptions = {}): AstroIntegration {
  let cwd = process.cwd();
  const run = () => checkContent({ ...options, cwd });
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        cwd = fileURLToPath(config.root);
        // Large collections are checked on two threads (the same rules and messages); a build checks
        // only the files changed since the last one, whose results it keeps in Astro's cache directory.
        const cacheFile =
          command === 'build' && config.cacheDir
            ? fileURLToPath(new URL('typical-cases/check.json', config.cacheDir))
            : undefined;
        const run = checkContentInParallel({
          ...options,
          cwd,
          cacheFile,
          // The build syncs the content on this thread meanwhile.
          offMainThread: command === 'build',
        });
        if (command === 'build') return startCheckRun(run);
        logResult(await run, logger);
      },
      'astro:build:start': async ({ logger }) => {
        const result = await finishCheckRun();
        if (result) logResult(result, logger);
      },
      'astro:server:setup': ({ server, logger }) => {
        // Re-check when a case or source changes, so the problems list stays current while editing.
        server.watcher.on('all', (_event, path) => {
          if (/\.mdx?$/.test(path) && path.startsWith(cwd)) logResult(run(), logger);
        });
      },
    },
  };
}
