// The HTML tag names newsdesk knows, as an X-macro list. Each becomes a TagId (tags.h).
// Keep sorted by name: LookupTag() binary-searches this order.
// clang-format off
#define NEWSDESK_TAGS(X) \
  X(a) X(abbr) X(address) X(applet) X(area) X(article) X(aside) X(audio) X(b) X(base) \
  X(basefont) X(bdi) X(bdo) X(bgsound) X(big) X(blockquote) X(body) X(br) X(button) X(canvas) \
  X(caption) X(center) X(cite) X(code) X(col) X(colgroup) X(data) X(datalist) X(dd) X(del) X(desc) \
  X(details) X(dfn) X(dialog) X(dir) X(div) X(dl) X(dt) X(em) X(embed) X(fieldset) \
  X(figcaption) X(figure) X(font) X(footer) X(foreignobject) X(form) X(frame) X(frameset) X(h1) X(h2) X(h3) \
  X(h4) X(h5) X(h6) X(head) X(header) X(hgroup) X(hr) X(html) X(i) X(iframe) X(image) X(img) X(input) \
  X(ins) X(kbd) X(keygen) X(label) X(legend) X(li) X(link) X(listing) X(main) X(malignmark) X(map) X(mark) \
  X(marquee) X(math) X(menu) X(meta) X(meter) X(mglyph) X(mi) X(mn) X(mo) X(ms) X(mtext) X(nav) X(nobr) X(noembed) X(noframes) \
  X(noscript) X(object) X(ol) X(optgroup) X(option) X(output) X(p) X(param) X(picture) \
  X(plaintext) X(pre) X(progress) X(q) X(rb) X(rp) X(rt) X(rtc) X(ruby) X(s) X(samp) \
  X(script) X(search) X(section) X(select) X(slot) X(small) X(source) X(span) X(strike) \
  X(strong) X(style) X(sub) X(summary) X(sup) X(svg) X(table) X(tbody) X(td) X(template) \
  X(textarea) X(tfoot) X(th) X(thead) X(time) X(title) X(tr) X(track) X(tt) X(u) X(ul) \
  X(var) X(video) X(wbr) X(xmp)
// clang-format on
