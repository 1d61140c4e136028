/** Writes /data/cases/{id}.json, one record per case, when the build is done (src/build/case-record-files.ts). */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeCaseRecords } from '../build/case-record-files.ts';

export default function caseRecords(): AstroIntegration {
  return {
    name: 'typical-cases:case-records',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const count = await writeCaseRecords(fileURLToPath(dir));
        logger.info(
          `${count} case records in data/cases/ in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
