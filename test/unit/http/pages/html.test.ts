/** Unit tests of src/http/pages/html.ts: the one HTML template escapes every interpolated value, the guard of every page against injection from the data. */
import { escapeHtml, html, jsonForScript, raw } from '../../../../src/http/pages/html';

describe('the html template', () => {
  test('escapes every interpolated string, in text and in attributes', () => {
    const value = `<img src=x onerror="alert('x')"> & co`;
    expect(html`<p title="${value}">${value}</p>`.text).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co</p>',
    );
  });

  test('keeps nested templates and raw markup, joins arrays and drops empty values', () => {
    const items = ['a<b', 'c'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${undefined}${null}${false}${raw('<hr>')}${0}`.text).toBe('<ul><li>a&lt;b</li><li>c</li></ul><hr>0');
  });

  test('escapeHtml leaves ordinary text alone', () => {
    expect(escapeHtml('Budapest Convention (2001)')).toBe('Budapest Convention (2001)');
  });
});

describe('jsonForScript', () => {
  const hostile = { name: '</script><script>alert(1)</script>', note: 'a & b > c \u2028' };

  test('never lets the data close the script element', () => {
    const text = jsonForScript(hostile).text;
    expect(text).not.toMatch(/<\/?script/i);
    expect(text).not.toMatch(/[<>&\u2028]/);
  });

  test('reads back as the same JSON', () => {
    expect(JSON.parse(jsonForScript(hostile).text)).toEqual(hostile);
  });
});
