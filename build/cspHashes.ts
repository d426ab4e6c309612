// A Vite plugin that runs after vite-plugin-singlefile has inlined everything into index.html: it hashes
// the final inline <script> elements and writes those hashes into the page's CSP meta, so the policy
// allows exactly this build's code and no other inline script (no injected <script>, no `onerror=`
// attribute). See the README ("Content-Security-Policy") for what each directive allows and why.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The text of every inline script (the browser hashes exactly this, as UTF-8). */
function inlineScripts(html: string): string[] {
  const bodies: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/.test(m[1] ?? '')) throw new Error(`cspHashes: an external <script${m[1]}> is left: it must run after vite-plugin-singlefile`);
    bodies.push(m[2] ?? '');
  }
  return bodies;
}

/** Sets one directive of a policy, in place if present, else at the end. */
function setDirective(policy: string, name: string, sources: string[]): string {
  const parts = policy
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  const value = `${name} ${sources.join(' ')}`;
  const at = parts.findIndex((p) => p.split(/\s+/)[0]!.toLowerCase() === name);
  if (at >= 0) parts[at] = value;
  else parts.push(value);
  return parts.join('; ');
}

/**
 * The page with its CSP's script-src replaced by the hashes of its inline scripts, plus `blob:` for the
 * inline workers and any library loaded through a blob: URL. Styles keep 'unsafe-inline' (see README).
 */
export function withCspHashes(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) throw new Error('cspHashes: index.html has no Content-Security-Policy meta');
  const handler = /<[a-z][^>]*\son[a-z]+\s*=/i.exec(html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ''));
  if (handler) throw new Error(`cspHashes: inline event handler in index.html: ${handler[0]}`);
  const scripts = [...new Set(inlineScripts(html).map(sha256))];
  const policy = setDirective(meta[1]!, 'script-src', [...scripts, 'blob:']);
  return html.replace(meta[0], `<meta http-equiv="Content-Security-Policy" content="${policy}" />`);
}

export function cspHashes(): Plugin {
  return {
    name: 'csp-hashes',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html') && typeof file.source === 'string') {
            file.source = withCspHashes(file.source);
          }
        }
      },
    },
  };
}
