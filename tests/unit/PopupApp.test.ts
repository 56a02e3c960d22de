import { describe, expect, it } from 'vitest';
import { pageHostname } from '../../components/popup/PopupApp';

describe('popup', () => {
  it('offers the per-site switch only for web pages', () => {
    expect(pageHostname('https://News.Example.com/x')).toBe('news.example.com');
    expect(pageHostname('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    expect(pageHostname('chrome://extensions')).toBeNull();
    expect(pageHostname('about:blank')).toBeNull();
    expect(pageHostname(undefined)).toBeNull();
  });
});
