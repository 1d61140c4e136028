/** The zod schema of the collection (src/model/schema/), with each issue on its field's line. */
import { caseSchema } from '../../model/schema/case.ts';
import { sourceSchema } from '../../model/schema/source.ts';
import { valueAt } from '../content-file.ts';
import { problemAt, type FileRule } from '../rule.ts';
import { zodIssueText } from '../zod-issue-text.ts';
import { isTodo, PLACEHOLDER_CODE } from '../../model/placeholders.ts';

/** A value the placeholder rule reports: the schema's own complaint about it would only repeat it. */
const isPlaceholderValue = (value: unknown) => isTodo(value) || value === PLACEHOLDER_CODE;

export const schemaProblems: FileRule = (file) => {
  const schema = file.kind === 'case' ? caseSchema : sourceSchema;
  const result = schema.safeParse(file.data);
  if (result.success) return [];
  const region = valueAt(file.data, ['region']);
  const regionHasPlaceholder =
    typeof region === 'object' && region !== null && Object.values(region).some(isPlaceholderValue);
  const issues = result.error.issues.filter(
    (issue) =>
      !isPlaceholderValue(valueAt(file.data, issue.path)) &&
      !(regionHasPlaceholder && issue.path[0] === 'region'),
  );
  return issues.map((issue) => {
    const { what, fix } = zodIssueText(issue, valueAt(file.data, issue.path));
    return problemAt(file, issue.path, what, fix);
  });
};
