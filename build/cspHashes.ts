// A Vite plugin that runs after vite-plugin-singlefile has inlined everything into index.html: it hashes
// the final inline <script> and <style> elements and writes those hashes into the page's CSP meta, so the
// policy allows exactly this build's code and no other inline code (no injected <script>, no `onerror=`
// attribute). See the README ("Content-Security-Policy") for what each directive allows and why.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The text of every inline element of a kind (the browser hashes exactly this, as UTF-8). */
function inlineBodies(html: string, tag: 'script' | 'style'): string[] {
  const re = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi');
  const bodies: string[] = [];
  for (const m of html.matchAll(re)) {
    if (tag === 'script' && /\ssrc\s*=/.test(m[1] ?? '')) throw new Error(`cspHashes: an external <script${m[1]}> is left: it must run after vite-plugin-singlefile`);
    bodies.push(m[2] ?? '');
  }
  return bodies;
}

/** Sets one directive of a policy, in place if present, else at the end. */
function setDirective(policy: string, name: string, sources: string[]): string {
  const parts = policy.split(';').map((p) => p.trim()).filter(Boolean);
  const value = `${name} ${sources.join(' ')}`;
  const at = parts.findIndex((p) => p.split(/\s+/)[0]!.toLowerCase() === name);
  if (at >= 0) parts[at] = value;
  else parts.push(value);
  return parts.join('; ');
}

/**
 * The page with its CSP's script-src replaced by the hashes of its inline scripts (plus `blob:`, for the
 * inline parse worker and any library loaded through a blob: URL) and style-src-elem by the hashes of its
 * inline styles. style-src-attr stays 'unsafe-inline' (Svelte templates and ECharts set style attributes).
 */
export function withCspHashes(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) throw new Error('cspHashes: index.html has no Content-Security-Policy meta');
  const handler = /<[a-z][^>]*\son[a-z]+\s*=/i.exec(html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ''));
  if (handler) throw new Error(`cspHashes: inline event handler in index.html: ${handler[0]}`);
  const scripts = [...new Set(inlineBodies(html, 'script').map(sha256))];
  const styles = [...new Set(inlineBodies(html, 'style').map(sha256))];
  let policy = meta[1]!;
  policy = setDirective(policy, 'script-src', [...scripts, 'blob:']);
  policy = setDirective(policy, 'style-src-elem', styles.length ? styles : ["'none'"]);
  policy = setDirective(policy, 'style-src-attr', ["'unsafe-inline'"]);
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
