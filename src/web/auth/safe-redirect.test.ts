import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect';

describe('safeRedirect', () => {
  it('returns to a page of this site', () => {
    expect(safeRedirect('/organisations/123?tab=members')).toBe('/organisations/123?tab=members');
  });

  it('refuses other sites and protocol-relative links', () => {
    expect(safeRedirect('https://evil.example/')).toBe('/organisations');
    expect(safeRedirect('//evil.example/')).toBe('/organisations');
  });

  it('does not loop back to the login page', () => {
    expect(safeRedirect('/login?redirect=/audit')).toBe('/organisations');
    expect(safeRedirect(undefined)).toBe('/organisations');
  });
});
