import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '../../../mocks/gateway/csv';
import { formatMerchantDateTime, merchantStamp } from '../../../mocks/gateway/merchant-time';

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a;b', '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+7 999', "'+7 999"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tTab', "'\tTab"],
    ['\rCR', '"\'\rCR"'],
    ['=HYPERLINK("http://x";"y")', '"\'=HYPERLINK(""http://x"";""y"")"'],
    ['a=b', 'a=b'],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes null as an empty cell and ends lines with CRLF', () => {
    expect(csvLine(['a', null, 'b'])).toBe('a;;b\r\n');
  });
});

describe('merchant time', () => {
  it('formats instants in Moscow time (UTC+3)', () => {
    expect(formatMerchantDateTime(Date.parse('2026-11-28T21:30:05Z'))).toBe('29.11.2026 00:30:05');
    expect(merchantStamp(Date.parse('2026-01-02T03:04:59Z'))).toBe('20260102-0604');
  });
});
