import { describe, expect, it } from 'vitest';
import { tabIdFromQuery } from '../../components/common/tab-target';

describe('target tab', () => {
  it('reads an explicit ?tabId= and ignores anything else', () => {
    expect(tabIdFromQuery('?tabId=12')).toBe(12);
    expect(tabIdFromQuery('?tabId=-1')).toBeNull();
    expect(tabIdFromQuery('?tabId=1e3')).toBeNull();
    expect(tabIdFromQuery('')).toBeNull();
  });
});
