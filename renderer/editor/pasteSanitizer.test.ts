// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { sanitizePastedHtml } from './pasteSanitizer.ts';

describe('sanitizePastedHtml', () => {
  it('keeps the story and its structure from a news page, without scripts, styles or handlers', () => {
    const page = `
      <style>.lede{color:red}</style>
      <script>alert('x')</script>
      <h2 class="headline" style="font-size:40px" id="top">Delegation arrives in Kyiv</h2>
      <p class="lede" onclick="track()" style="color:#333">The delegation, led by <a href="https://example.org/yoon" target="_blank" onmouseover="x()">Yoon Suk Yeol</a>, arrived on <b>Tuesday</b>.</p>
      <img src="x.png" onerror="steal()">
      <ul><li>Aid talks</li><li>Reconstruction</li></ul>
      <a href="javascript:alert(1)">Subscribe</a>`;
    const clean = sanitizePastedHtml(page);
    expect(clean).toContain('<h2>Delegation arrives in Kyiv</h2>');
    expect(clean).toContain('<a href="https://example.org/yoon">Yoon Suk Yeol</a>');
    expect(clean).toContain('<b>Tuesday</b>');
    expect(clean).toContain('<ul><li>Aid talks</li><li>Reconstruction</li></ul>');
    expect(clean).not.toMatch(/script|style=|class=|id=|onclick|onmouseover|onerror|<img|javascript:|alert/);
    // The link text survives even when its dangerous target is dropped.
    expect(clean).toContain('Subscribe');
  });

  it('cleans Word markup but keeps the formatting the writer meant', () => {
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>
      <!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->
      <p class=MsoNormal style='mso-margin-top-alt:auto'><span style='font-weight:bold;mso-bidi-font-weight:normal'>Kyiv</span>
      — officials said <span style='font-style:italic'>3,000</span> troops<o:p></o:p></p>
      <p class=MsoNormal><span style='text-decoration:line-through'>withdrawn</span> stayed<o:p></o:p></p>
      </body></html>`;
    const clean = sanitizePastedHtml(word);
    expect(clean).toContain('<strong>Kyiv</strong>');
    expect(clean).toContain('<em>3,000</em>');
    expect(clean).toContain('<s>withdrawn</s>');
    expect(clean).not.toMatch(/Mso|mso-|o:p|WordDocument|style=|class=/);
  });

  it('does not turn a whole Google Docs paste bold', () => {
    const docs = '<b style="font-weight:normal;" id="docs-internal-guid-1"><p><span style="font-weight:400">Plain</span> and <span style="font-weight:700">strong</span></p></b>';
    const clean = sanitizePastedHtml(docs);
    expect(clean).toBe('<p><span>Plain</span> and <span><strong>strong</strong></span></p>');
  });
});
