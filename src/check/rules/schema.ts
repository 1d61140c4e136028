/** The zod schema of the collection (src/model/schema/), with each issue on its field's line. */
import { caseSchema } from '../../model/schema/case.ts';
import { sourceSchema } from '../../model/schema/source.ts';
import { valueAt } from '../content-file.ts';
import { problemAt, type FileRule } from '../rule.ts';
import { zodIssueText } from '../zod-issue-text.ts';

export const schemaProblems: FileRule = (file) => {
  const schema = file.kind === 'case' ? caseSchema : sourceSchema;
  const result = schema.safeParse(file.data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const { what, fix } = zodIssueText(issue, valueAt(file.data, issue.path));
    return problemAt(file, issue.path, what, fix);
  });
};
