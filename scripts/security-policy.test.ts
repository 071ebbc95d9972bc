import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyPolicy,
  describeFinding,
  findingsFromIssues,
  parseExceptionsFile,
  summaryLine,
  type Finding,
  type SecurityException,
} from './security-policy.ts';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    check: 'CONTEXT_ISOLATION_JS_CHECK',
    severity: 'HIGH',
    confidence: 'FIRM',
    file: 'main/index.ts',
    line: 10,
    column: 4,
    sample: 'const window = new BrowserWindow(',
    description: 'Review the use of the contextIsolation option',
    ...overrides,
  };
}

const REASON = 'The options come from a tested function in window-options.ts.';

function exception(overrides: Partial<SecurityException> = {}): SecurityException {
  return {
    check: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'main/index.ts',
    reason: REASON,
    ...overrides,
  };
}

describe('findingsFromIssues', () => {
  it('reads the fields of electronegativity issues, with forward slashes', () => {
    const issues = [
      {
        file: 'main\\index.ts',
        sample: 'new BrowserWindow(',
        location: { line: 3, column: 7 },
        id: 'SANDBOX_JS_CHECK',
        description: 'Use sandbox for untrusted origins',
        severity: { value: 2, name: 'MEDIUM', format: () => 'MEDIUM' },
        confidence: { value: 1, name: 'FIRM' },
        manualReview: false,
      },
      {
        file: 'N/A',
        location: { line: 0, column: 0 },
        id: 'CSP_GLOBAL_CHECK',
        severity: { value: 1, name: 'LOW' },
        confidence: { value: 0, name: 'TENTATIVE' },
      },
    ];
    expect(findingsFromIssues(issues)).toEqual([
      {
        check: 'SANDBOX_JS_CHECK',
        severity: 'MEDIUM',
        confidence: 'FIRM',
        file: 'main/index.ts',
        line: 3,
        column: 7,
        sample: 'new BrowserWindow(',
        description: 'Use sandbox for untrusted origins',
      },
      expect.objectContaining({ check: 'CSP_GLOBAL_CHECK', severity: 'LOW', sample: '' }),
    ]);
  });

  it('refuses an issue it does not understand instead of letting it pass', () => {
    const issue = {
      id: 'X_CHECK',
      file: 'a.ts',
      location: { line: 1, column: 1 },
      severity: { name: 'CRITICAL' },
      confidence: { name: 'FIRM' },
    };
    expect(() => findingsFromIssues([issue])).toThrow();
    expect(() => findingsFromIssues({ issues: [] })).toThrow();
  });
});

describe('parseExceptionsFile', () => {
  it('accepts reviewed exceptions', () => {
    const result = parseExceptionsFile({ exceptions: [exception(), exception({ file: 'b.ts' })] });
    expect(result.ok).toBe(true);
  });

  it.each([
    ['no reason', { check: 'SANDBOX_JS_CHECK', file: 'main/index.ts' }],
    ['a short reason', exception({ reason: 'Fine.' })],
    ['a reason of two lines', exception({ reason: 'It is fine.\nReally, it is fine.' })],
    [
      'a reason without a full stop',
      exception({ reason: 'The options come from a tested function' }),
    ],
    ['an absolute path', exception({ file: '/etc/passwd' })],
    ['a path out of the folder', exception({ file: '../renderer/main.tsx' })],
    ['a check id in the wrong case', exception({ check: 'sandboxJSCheck' })],
    ['an unknown key', { ...exception(), line: 12 }],
    ['zero occurrences', exception({ occurrences: 0 })],
  ])('refuses %s', (_label, entry) => {
    const result = parseExceptionsFile({ exceptions: [entry] });
    expect(result.ok).toBe(false);
  });

  it('refuses the same check and file twice', () => {
    const result = parseExceptionsFile({
      exceptions: [exception(), exception({ file: './main/index.ts' })],
    });
    expect(result).toEqual({
      ok: false,
      error: 'duplicate exception: CONTEXT_ISOLATION_JS_CHECK main/index.ts',
    });
  });

  it('the project file is valid', () => {
    const json: unknown = JSON.parse(
      readFileSync(new URL('../electron/security-exceptions.json', import.meta.url), 'utf8'),
    );
    expect(parseExceptionsFile(json)).toMatchObject({ ok: true });
  });
});

describe('applyPolicy', () => {
  it('fails on HIGH and MEDIUM findings that no exception explains', () => {
    const high = finding();
    const medium = finding({ check: 'SANDBOX_JS_CHECK', severity: 'MEDIUM' });
    const result = applyPolicy([high, medium], []);
    expect(result.failing).toEqual([high, medium]);
    expect(result.excepted).toEqual([]);
  });

  it('reports LOW and INFORMATIONAL findings without failing', () => {
    const low = finding({ check: 'CSP_GLOBAL_CHECK', severity: 'LOW' });
    const info = finding({ check: 'X', severity: 'INFORMATIONAL' });
    expect(applyPolicy([low, info], [])).toMatchObject({
      failing: [],
      informational: [low, info],
    });
  });

  it('excepts a finding only for the same check in the same file', () => {
    const here = finding();
    const elsewhere = finding({ file: 'main/kiosk-shell.ts' });
    const otherCheck = finding({ check: 'SANDBOX_JS_CHECK', severity: 'MEDIUM' });
    const result = applyPolicy([here, elsewhere, otherCheck], [exception()]);
    expect(result.excepted.map((e) => e.finding)).toEqual([here]);
    expect(result.failing).toEqual([otherCheck, elsewhere]);
  });

  it('matches paths whatever their separators', () => {
    const result = applyPolicy(
      [finding({ file: 'main\\index.ts' })],
      [exception({ file: './main/index.ts' })],
    );
    expect(result.failing).toEqual([]);
  });

  it('covers only as many occurrences as were reviewed', () => {
    const first = finding({ line: 10 });
    const second = finding({ line: 20 });
    const third = finding({ line: 30 });
    const result = applyPolicy([third, first, second], [exception({ occurrences: 2 })]);
    expect(result.excepted.map((e) => e.finding.line)).toEqual([10, 20]);
    expect(result.failing).toEqual([third]);
  });

  it('lists exceptions that no longer match anything', () => {
    const stale = exception({ file: 'main/gone.ts' });
    expect(applyPolicy([finding()], [exception(), stale]).unused).toEqual([stale]);
  });
});

describe('reporting', () => {
  it('summarises in one line', () => {
    const result = applyPolicy(
      [
        finding(),
        finding({ file: 'x.ts' }),
        finding({ severity: 'LOW', check: 'CSP_GLOBAL_CHECK' }),
      ],
      [exception()],
    );
    expect(summaryLine(41, 3, result)).toBe(
      'electronegativity: 41 checks run, 3 findings (1 low/informational), 1 excepted, 1 failing',
    );
  });

  it('names the check, the place and the code', () => {
    expect(describeFinding(finding())).toBe(
      'HIGH CONTEXT_ISOLATION_JS_CHECK at main/index.ts:10:4: Review the use of the contextIsolation option — const window = new BrowserWindow(',
    );
    expect(describeFinding(finding({ file: 'N/A', sample: '' }))).toContain('at (global):');
  });
});
