import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withCspHashes } from '../../build/cspHashes';

const page = (body: string) =>
  `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' blob:; style-src 'unsafe-inline'" /></head><body>${body}</body></html>`;
const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1]!;

describe('CSP hashes of the built page', () => {
  it('allows exactly the inline scripts of the build, and no unsafe-inline script', () => {
    const code = 'console.log("看板")';
    const css = 'body{color:red}';
    const policy = policyOf(withCspHashes(page(`<script type="module" crossorigin>${code}</script><style>${css}</style>`)));
    expect(policy).toContain(`script-src ${hash(code)} blob:`);
    expect(policy).toContain("style-src 'unsafe-inline'");
    expect(policy).not.toContain(hash(css));
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy.startsWith("default-src 'none'; script-src")).toBe(true);
  });

  it('refuses to build a page with an inline event handler or a script left external', () => {
    expect(() => withCspHashes(page('<img src="x.png" onerror="alert(1)">'))).toThrow(/event handler/);
    expect(() => withCspHashes(page('<script type="module" src="./main.js"></script>'))).toThrow(/external/);
    expect(() => withCspHashes('<html></html>')).toThrow(/no Content-Security-Policy/);
  });

  it('does not mistake code inside a script for an attribute', () => {
    expect(() => withCspHashes(page('<script>const t = `<b onclick="x">`;</script>'))).not.toThrow();
  });
});
