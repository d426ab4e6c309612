// Why a file was not imported, in words the user reads: each names the file and the reason.

export type ImportProblemCode =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'undecodable'
  | 'unsupported-format'
  | 'docx-corrupt'
  | 'xlsx-corrupt'
  | 'no-structure'
  | 'read-failed'
  | 'parse-failed'
  | 'timeout'
  | 'save-failed';

export interface ImportProblem {
  code: ImportProblemCode;
  fileName: string;
  /** The reason alone, in Chinese, without the file name. */
  reason: string;
  /** What the user sees: 「file」无法导入：reason */
  message: string;
}

export function problem(code: ImportProblemCode, fileName: string, reason: string): ImportProblem {
  return { code, fileName, reason, message: `「${fileName}」无法导入：${reason}` };
}
