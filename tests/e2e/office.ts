// LibreOffice and poppler from tests: convert files headless the way a clerk's office suite would open
// them, and read PDFs back as text. scripts/ensure-browser.sh installs both (libreoffice-calc-nogui,
// libreoffice-writer-nogui, poppler-utils), so these tests run in the browser stage.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

function need(command: string, pkg: string): string {
  for (const dir of ['/usr/bin', '/usr/local/bin']) {
    if (existsSync(join(dir, command))) return join(dir, command);
  }
  throw new Error(`${command} is missing: install ${pkg} (scripts/ensure-browser.sh does so on Debian as root)`);
}

// One LibreOffice profile for this test process: a shared default profile makes parallel runs collide.
const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));

/** Converts `file` with `soffice --headless --convert-to <to>` into `outDir`; returns the new file's path. */
export function convert(file: string, to: string, outDir: string, infilter?: string): string {
  const soffice = need('soffice', 'libreoffice-calc-nogui libreoffice-writer-nogui');
  const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore'];
  if (infilter) args.push(`--infilter=${infilter}`);
  args.push('--convert-to', to, '--outdir', outDir, file);
  execFileSync(soffice, args, { stdio: 'pipe', timeout: 120_000 });
  const ext = to.split(':')[0] as string;
  const out = join(outDir, `${basename(file).replace(/\.[^.]+$/, '')}.${ext}`);
  if (!existsSync(out)) throw new Error(`soffice did not write ${out}`);
  return out;
}

export function pdfText(file: string): string {
  return execFileSync(need('pdftotext', 'poppler-utils'), ['-layout', file, '-'], { encoding: 'utf8' });
}

export function pdfPages(file: string): number {
  const info = execFileSync(need('pdfinfo', 'poppler-utils'), [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n') + '\n';
}

export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}
