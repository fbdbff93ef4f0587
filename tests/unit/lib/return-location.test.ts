import { describe, expect, it } from 'vitest';
import { loginPath, safeReturnPath } from '@/features/access/model/return-location';

describe('safeReturnPath', () => {
  it('keeps paths inside the cabinet, search and hash included', () => {
    expect(safeReturnPath('/p/600401/orders?page=2#top')).toBe('/p/600401/orders?page=2#top');
  });

  it.each([
    null,
    '',
    'p/1',
    '//evil.example/x',
    '/\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    '/login?next=/x',
  ])('refuses %j', (next) => {
    expect(safeReturnPath(next)).toBeNull();
  });
});

describe('loginPath', () => {
  it('remembers where the visitor was going', () => {
    expect(loginPath('/p/600401/orders?page=2')).toBe('/login?next=%2Fp%2F600401%2Forders%3Fpage%3D2');
  });

  it('needs no return location for the start page or a refused one', () => {
    expect(loginPath('/')).toBe('/login');
    expect(loginPath('//evil.example')).toBe('/login');
    expect(loginPath()).toBe('/login');
  });
});
