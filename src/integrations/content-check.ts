/**
 * Refuses to build a site from content that fails `npm run check`: the same checker,
 * the same messages. `astro build` stops with an error listing every problem;
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

/** Paths are relative to the project root; the defaults are those of `npm run check`. */
export type ContentCheckOptions = Omit<CheckOptions, 'cwd'>;

/** The error the build stops with; its message is the checker's report. */
export class ContentCheckError extends Error {
  constructor(result: CheckResult) {
    super(
      [
        '内容检查未通过，网站不会构建。请改正以下问题（也可运行 npm run check 查看）：',
        ...reportLines(result),
      ].join('\n'),
    );
    this.name = 'ContentCheckError';
    // The stack would point into the checker, not at the content: the report says everything.
    this.stack = `${this.name}: ${this.message}`;
  }
}

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
        const result = await checkContentInParallel({ ...options, cwd, cacheFile });
        if (command === 'build' && result.problems.length) throw new ContentCheckError(result);
        logResult(result, logger);
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
