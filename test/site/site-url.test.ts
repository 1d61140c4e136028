import { describe, expect, test } from 'vitest';
import { defaultSiteUrl, siteLocation } from '../../src/site/site-url.ts';

describe('siteLocation', () => {
  test('gives the root of the placeholder origin when SITE_URL is unset or empty', () => {
    expect(siteLocation(undefined)).toEqual({ site: defaultSiteUrl, base: '/' });
    expect(siteLocation('')).toEqual({ site: defaultSiteUrl, base: '/' });
  });

  test('takes origin and path from SITE_URL, the path as the base with a trailing slash', () => {
    expect(siteLocation('https://example.gov.cn/alk/')).toEqual({
      site: 'https://example.gov.cn/alk/',
      base: '/alk/',
    });
    expect(siteLocation('https://owner.github.io/repo')).toEqual({
      site: 'https://owner.github.io/repo/',
      base: '/repo/',
    });
    expect(siteLocation('http://127.0.0.1:4321')).toEqual({
      site: 'http://127.0.0.1:4321/',
      base: '/',
    });
  });

  test.for([
    ['example.gov.cn/alk/', 'absolute URL'],
    ['ftp://example.gov.cn/alk/', 'http or https'],
    ['https://example.gov.cn/alk/?x=1', 'no query or hash'],
    ['https://example.gov.cn/zh-hans/', 'script name'],
  ])('refuses %s, saying why', ([value, why]) => {
    expect(() => siteLocation(value)).toThrow(why);
  });
});
