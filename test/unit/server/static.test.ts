import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentType, isAppRoute, resolveStaticPath } from '../../../src/server/static.js';

const root = resolve('/srv/web');

describe('resolveStaticPath', () => {
  it('maps paths under the root', () => {
    expect(resolveStaticPath(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/')).toBe(join(root, 'assets', 'index.html'));
    expect(resolveStaticPath(root, '/a%20b.txt')).toBe(join(root, 'a b.txt'));
  });

  it('refuses anything that could leave the root', () => {
    for (const bad of [
      '/../package.json',
      '/assets/../../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E%2Fpackage.json',
      '/..%2f..%2fetc/passwd',
      '/..%5c..%5cwindows',
      '/a\\..\\b',
      '/index.html%00.js',
      '/%E0%A4%A', // malformed escape
      '/..',
    ]) {
      expect(resolveStaticPath(root, bad), bad).toBeNull();
    }
  });

  it('keeps a double slash inside the root', () => {
    expect(resolveStaticPath(root, '//etc/passwd')).toBe(join(root, 'etc', 'passwd'));
  });
});

describe('contentType', () => {
  it('knows the types the build emits', () => {
    expect(contentType('x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentType('a.css')).toBe('text/css; charset=utf-8');
    expect(contentType('a.svg')).toBe('image/svg+xml');
    expect(contentType('a.woff2')).toBe('font/woff2');
    expect(contentType('noext')).toBe('application/octet-stream');
  });

  it('treats extension-less paths as app routes', () => {
    expect(isAppRoute('/papers/123')).toBe(true);
    expect(isAppRoute('/assets/missing.js')).toBe(false);
  });
});
