// loadPacked('name'): a library listed in libraries.ts, ready to use. In the built file its code sits
// gzip-compressed and base64-encoded in a data block (<script type="application/x-packed-gzip"
// id="packed-NAME">); the first call decompresses it (DecompressionStream) and runs it as a classic
// script from a blob: URL (allowed by our CSP's script-src blob:), which leaves the module namespace
// on globalThis.__zfgzbgPacked. Without the data block (Node tests, vite dev) it is a plain import().
import { PACKED } from './libraries';
import { PACKED_GLOBAL, packedBlockId } from './names';

export type PackedName = keyof typeof PACKED;
export type PackedModule<K extends PackedName> = Awaited<ReturnType<(typeof PACKED)[K]>>;

const loading = new Map<string, Promise<unknown>>();

export function loadPacked<K extends PackedName>(name: K): Promise<PackedModule<K>> {
  let p = loading.get(name);
  if (!p) {
    p = load(name);
    loading.set(name, p);
    p.catch(() => loading.delete(name)); // a failed load may be retried
  }
  return p as Promise<PackedModule<K>>;
}

async function load(name: PackedName): Promise<unknown> {
  const block = typeof document === 'undefined' ? null : document.getElementById(packedBlockId(name));
  if (!block) return PACKED[name]();
  if (typeof DecompressionStream !== 'function') throw new Error('浏览器版本过旧（不支持 DecompressionStream），请使用较新的浏览器');
  await runScript(await unpack(block.textContent ?? ''));
  const module = (globalThis as unknown as Record<string, Record<string, unknown> | undefined>)[PACKED_GLOBAL]?.[name];
  if (!module) throw new Error(`内置组件 ${name} 加载失败`);
  return module;
}

const texts = new Map<string, Promise<string>>();

/**
 * A packed library's script text, for a worker to run (it leaves the module on the worker's
 * globalThis.__zfgzbgPacked); null without the data block (Node tests, vite dev).
 */
export function packedScriptText(name: PackedName): Promise<string> | null {
  const block = typeof document === 'undefined' ? null : document.getElementById(packedBlockId(name));
  if (!block || typeof DecompressionStream !== 'function') return null;
  let p = texts.get(name);
  if (!p) {
    p = unpack(block.textContent ?? '');
    texts.set(name, p);
    p.catch(() => texts.delete(name));
  }
  return p;
}

/** base64 of gzip bytes → the text. */
export async function unpack(base64: string): Promise<string> {
  const binary = atob(base64.trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

function runScript(code: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  return new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('内置组件无法运行（可能被浏览器的安全策略阻止）'));
    document.head.append(script);
  }).finally(() => URL.revokeObjectURL(url));
}
