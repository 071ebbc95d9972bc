/**
 * What `npm run security` decides, kept pure so it is unit-tested: which electronegativity
 * findings fail the build, which are explained by a reviewed exception, and how the result
 * is reported. The scan itself (the tool, files, the network it must not touch) is in
 * scripts/security.ts.
 */
import * as z from 'zod';

export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Findings at these severities fail the build unless an exception explains them. */
export const FAILING_SEVERITIES: readonly Severity[] = ['MEDIUM', 'HIGH'];

/** One electronegativity finding, as the policy needs it. */
export interface Finding {
  /** The check's id, e.g. CONTEXT_ISOLATION_JS_CHECK. */
  readonly check: string;
  readonly severity: Severity;
  readonly confidence: string;
  /** Path relative to the scanned folder, with forward slashes ("N/A" for global checks). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly sample: string;
  readonly description: string;
}

/**
 * The shape of an issue in electronegativity's programmatic result (1.10.x). Only what the
 * policy reads is checked; an unknown severity name fails the parse rather than passing.
 */
const RawIssueSchema = z.object({
  id: z.string().min(1),
  file: z.string(),
  location: z.object({ line: z.number(), column: z.number() }),
  sample: z.string().optional(),
  description: z.string().optional(),
  severity: z.object({ name: z.enum(SEVERITIES) }),
  confidence: z.object({ name: z.string() }),
});

/** Converts electronegativity's issues to findings; throws on an issue it does not understand. */
export function findingsFromIssues(issues: unknown): Finding[] {
  return z
    .array(RawIssueSchema)
    .parse(issues)
    .map((issue) => ({
      check: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: normalisePath(issue.file),
      line: issue.location.line,
      column: issue.location.column,
      sample: issue.sample ?? '',
      description: issue.description ?? '',
    }));
}

/** One reviewed exception: a check that does not apply to one file, and why. */
export const SecurityExceptionSchema = z.strictObject({
  check: z.string().regex(/^[A-Z0-9_]+$/, 'a check id such as CONTEXT_ISOLATION_JS_CHECK'),
  /** Relative to the scanned folder (electron/), as electronegativity reports it. */
  file: z
    .string()
    .min(1)
    .refine(
      (file) => !file.startsWith('/') && !file.includes('..'),
      'a relative path inside electron/',
    ),
  /**
   * How many findings of this check in this file were reviewed. A new occurrence (another
   * `new BrowserWindow` in the same file, say) is then not covered and fails until reviewed.
   */
  occurrences: z.number().int().min(1).optional(),
  reason: z
    .string()
    .trim()
    .min(20, 'say why the check does not apply')
    .max(400, 'one sentence')
    .regex(/^[^\n]*[.]$/, 'one sentence, ending with a full stop'),
});

export type SecurityException = z.infer<typeof SecurityExceptionSchema>;

export const ExceptionsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  exceptions: z.array(SecurityExceptionSchema),
});

export type ExceptionsFile = z.infer<typeof ExceptionsFileSchema>;

/** Parses and checks the exceptions file; the error lists every problem, one per line. */
export function parseExceptionsFile(
  json: unknown,
): { ok: true; value: ExceptionsFile } | { ok: false; error: string } {
  const parsed = ExceptionsFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      error: parsed.error.issues
        .map((issue) => `${issue.path.map(String).join('.') || '(file)'}: ${issue.message}`)
        .join('\n'),
    };
  }
  const seen = new Set<string>();
  for (const exception of parsed.data.exceptions) {
    const key = `${exception.check} ${normalisePath(exception.file)}`;
    if (seen.has(key)) return { ok: false, error: `duplicate exception: ${key}` };
    seen.add(key);
  }
  return { ok: true, value: parsed.data };
}

export interface Excepted {
  readonly finding: Finding;
  readonly exception: SecurityException;
}

export interface PolicyResult {
  /** HIGH or MEDIUM findings that no exception explains: the build fails on these. */
  readonly failing: readonly Finding[];
  /** HIGH or MEDIUM findings explained by an exception. */
  readonly excepted: readonly Excepted[];
  /** LOW and INFORMATIONAL findings: reported, never failing. */
  readonly informational: readonly Finding[];
  /** Exceptions that matched no finding: stale, to be removed in review. */
  readonly unused: readonly SecurityException[];
}

export function normalisePath(file: string): string {
  return file.replaceAll('\\', '/').replace(/^\.\//, '');
}

/** Sorts findings into failing, excepted and informational, and finds stale exceptions. */
export function applyPolicy(
  findings: readonly Finding[],
  exceptions: readonly SecurityException[],
): PolicyResult {
  const failing: Finding[] = [];
  const excepted: Excepted[] = [];
  const informational: Finding[] = [];
  const used = new Map<SecurityException, number>();
  const ordered = [...findings].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.check.localeCompare(b.check),
  );
  for (const finding of ordered) {
    if (!FAILING_SEVERITIES.includes(finding.severity)) {
      informational.push(finding);
      continue;
    }
    const exception = exceptions.find(
      (candidate) =>
        candidate.check === finding.check &&
        normalisePath(candidate.file) === normalisePath(finding.file),
    );
    const count = exception ? (used.get(exception) ?? 0) : 0;
    if (exception && count < (exception.occurrences ?? Number.POSITIVE_INFINITY)) {
      used.set(exception, count + 1);
      excepted.push({ finding, exception });
    } else {
      failing.push(finding);
    }
  }
  return {
    failing,
    excepted,
    informational,
    unused: exceptions.filter((exception) => !used.has(exception)),
  };
}

export function describeFinding(finding: Finding): string {
  const where =
    finding.file === 'N/A' ? '(global)' : `${finding.file}:${finding.line}:${finding.column}`;
  const sample = finding.sample ? ` — ${finding.sample}` : '';
  return `${finding.severity} ${finding.check} at ${where}: ${finding.description}${sample}`;
}

/** The one summary line: checks run, findings, excepted, failing. */
export function summaryLine(checksRun: number, findings: number, result: PolicyResult): string {
  return (
    `electronegativity: ${checksRun} checks run, ${findings} findings ` +
    `(${result.informational.length} low/informational), ${result.excepted.length} excepted, ` +
    `${result.failing.length} failing`
  );
}
