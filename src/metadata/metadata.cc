// The helpers the metadata sources share, and the precedence of the fields other than dates
// (metadata_dates.cc) and authors (metadata_authors.cc). The facts: metadata_facts.cc.
#include "metadata/metadata.h"

#include <algorithm>
#include <cctype>

#include "dom/visibility.h"
#include "metadata/authors.h"
#include "metadata/metadata_internal.h"
#include "metadata/title.h"
#include "util/ascii.h"
#include "util/utf8.h"

namespace newsdesk::metadata {

using dom::Node;
using dom::Tag;

namespace internal {

void AddSource(const MetadataContext& ctx, Article* a, std::string_view field,
               std::string_view source) {
  if (ctx.explain) a->sources.emplace_back(std::string(field), std::string(source));
}

std::string Collapse(std::string_view s) {
  std::string out;
  bool pending = false;
  AppendCollapsed(s, &out, &pending);
  return out;
}

bool ClassSays(const Node& n, std::initializer_list<std::string_view> words) {
  std::string_view cls = n.Attr("class"), id = n.Attr("id");
  if (cls.empty() && id.empty()) return false;
  // Lower-cased "class id" in a stack buffer: this runs for every element with attributes.
  char buffer[256];
  std::size_t len = 0;
  for (std::string_view part : {cls, std::string_view(" "), id})
    for (char c : part)
      if (len < sizeof(buffer)) buffer[len++] = AsciiLower(c);
  std::string_view hay(buffer, len);
  for (std::string_view w : words)
    if (hay.find(w) != std::string_view::npos) return true;
  return false;
}

bool InContainerOrJustBefore(const Node* n, const MetadataContext& ctx, uint32_t container_end) {
  if (!ctx.container) return true;
  uint32_t lo = ctx.container->index;
  return (n->index >= lo && n->index <= container_end) ||
         (n->index < lo && lo - n->index <= kNearContainerNodes);
}

bool NearContainer(const Node* n, const MetadataContext& ctx, uint32_t container_end) {
  if (!ctx.container) return true;
  return InContainerOrJustBefore(n, ctx, container_end) ||
         (n->index > container_end && n->index - container_end <= kNearContainerNodes);
}

}  // namespace internal

namespace {

using internal::AddSource;
using internal::Collapse;

constexpr std::size_t kMaxTags = 30;
// How many nodes around the headline are read for a dateline.
constexpr int kDatelineScanNodes = 80;

}  // namespace

namespace {

// Absolute URL of `ref` against the page URL `base` (scheme-relative and root-relative refs).
std::string Resolve(std::string_view ref, std::string_view base) {
  if (ref.empty() || base.empty()) return std::string(ref);
  if (ref.substr(0, 7) == "http://" || ref.substr(0, 8) == "https://") return std::string(ref);
  std::size_t scheme_end = base.find("://");
  if (scheme_end == std::string_view::npos) return std::string(ref);
  if (ref.substr(0, 2) == "//")
    return std::string(base.substr(0, scheme_end + 1)) + std::string(ref);
  std::size_t host_end = base.find('/', scheme_end + 3);
  std::string_view origin = host_end == std::string_view::npos ? base : base.substr(0, host_end);
  if (ref[0] == '/') return std::string(origin) + std::string(ref);
  std::string_view dir = base.substr(0, base.rfind('/') + 1);
  if (dir.size() <= scheme_end + 3) return std::string(origin) + "/" + std::string(ref);
  return std::string(dir) + std::string(ref);
}

uint32_t SubtreeEnd(const Node* n) {
  while (n->last_child) n = n->last_child;
  return n->index;
}

}  // namespace

std::string LanguageCode(std::string_view tag) {
  std::string code;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    if (!std::isalpha(static_cast<unsigned char>(c))) return {};
    code.push_back(AsciiLower(c));
  }
  if (code.size() != 2 && code.size() != 3) return {};
  return code;
}

namespace internal {

bool InComments(const Node* n) {
  for (const Node* p = n->parent; p && p->is_element(); p = p->parent) {
    if (p->attribute_count && ClassSays(*p, {"comment", "respond", "reply", "discussion"}))
      return true;
  }
  return false;
}

// Short lines around the headline ("December 13, 2025", "Updated: 10/31/2024"), nearest first:
// the text nodes just after the headline's <h1> (else the article's <h1>, else the container's
// start), then those just before it, that `keep` accepts.
std::vector<std::string> NearHeadlineTexts(const Scope& s,
                                           const std::function<bool(std::string_view)>& keep) {
  const PageFacts& f = s.facts;
  const MetadataContext& ctx = s.ctx;
  const uint32_t container_end = s.container_end;
  std::vector<std::string> found;
  const Node* anchor = s.headline;
  if (anchor) {
    // the headline's <h1>, chosen by ResolveTitle
  } else if (ctx.container) {
    for (const Node* h : f.headings) {
      if (h->index <= container_end && h->index + kNearContainerNodes >= ctx.container->index)
        anchor = h;
      if (anchor && h->index >= ctx.container->index) break;
    }
    if (!anchor) anchor = ctx.container;
  } else if (!f.headings.empty()) {
    anchor = f.headings.front();
  }
  if (!anchor) return found;
  auto scan = [&](bool forward) {
    const Node* n = anchor;
    for (int steps = 0; n && steps < kDatelineScanNodes; ++steps) {
      if (forward) {
        if (n->first_child && (n == anchor || !dom::NeverShowsText(*n))) {
          n = n->first_child;
        } else {
          while (n && !n->next_sibling) n = n->parent;
          if (n) n = n->next_sibling;
        }
      } else {
        // Previous node in document order: the previous sibling's deepest last child, or parent.
        if (const Node* p = n->parent; p) {
          const Node* prev = nullptr;
          for (const Node* c = p->first_child; c && c != n; c = c->next_sibling) prev = c;
          if (prev) {
            while (prev->last_child && !dom::NeverShowsText(*prev)) prev = prev->last_child;
            n = prev;
          } else {
            n = p;
          }
        } else {
          n = nullptr;
        }
      }
      if (!n) break;
      std::string_view t;
      if (n->is_text()) {
        t = n->text();
      } else if (n->is(Tag::k_time)) {
        t = n->Attr("datetime");
      }
      std::string line = Collapse(t);
      if (keep(std::string_view(line))) found.push_back(std::move(line));
    }
  };
  scan(true);
  scan(false);
  return found;
}

}  // namespace internal

namespace {

const JsonLdArticle* MainJsonLd(const PageFacts& f) {
  return f.json_ld().articles.empty() ? nullptr : &f.json_ld().articles.front();
}

std::string FirstMeta(const PageFacts& f, std::initializer_list<std::string_view> keys,
                      std::string* source) {
  for (std::string_view k : keys) {
    std::string_view v = f.Meta(k);
    if (!v.empty()) {
      *source = "meta:" + std::string(k);
      return std::string(v);
    }
  }
  return {};
}

// A <h1>'s text when it can be a headline: 4 to 300 bytes, not the site's name, not a link's or
// button's label.
std::string H1Text(const Node& h, const std::string& sitename) {
  std::string text = Collapse(UndoMojibake(DecodeLeftoverReferences(ElementText(h))));
  if (text.size() < 4 || text.size() > 300 || EqualsIgnoreAsciiCase(text, sitename) ||
      IsActionLabel(text))
    return {};
  return text;
}

// title: the candidates (the article's <h1>, the page's other <h1>s, JSON-LD headline, og:title,
// twitter:title, <title>) compared by ChooseHeadline (title.h).
// Returns the <h1> whose text became the headline (null when the markup's title won): the
// byline and dateline are looked for around it.
const Node* ResolveTitle(const PageFacts& f, const MetadataContext& ctx, uint32_t container_end,
                         const std::string& sitename, Article* a) {
  const Node* chosen = nullptr;
  if (ctx.container) {
    for (const Node* h : f.headings) {
      if (h->index >= ctx.container->index && h->index <= container_end) {
        chosen = h;
        break;
      }
      if (h->index < ctx.container->index) chosen = h;  // the last one before the article
    }
  }
  if (!chosen && f.headings.size() == 1) chosen = f.headings.front();
  HeadlineCandidates c;
  if (chosen) c.h1 = H1Text(*chosen, sitename);
  for (const Node* h : f.headings) {
    if (h == chosen) continue;
    if (std::string t = H1Text(*h, sitename); !t.empty()) c.other_h1s.push_back(std::move(t));
  }
  auto add = [&](std::string_view source, std::string_view text) {
    if (!text.empty())
      c.metas.emplace_back(source, Collapse(UndoMojibake(DecodeLeftoverReferences(text))));
  };
  if (const JsonLdArticle* j = MainJsonLd(f)) add("json-ld:headline", j->headline);
  add("meta:og:title", f.Meta("og:title"));
  add("meta:twitter:title", f.Meta("twitter:title"));
  add("title", f.title_tag);
  ShownLines lines(f.body);
  c.shown = [&lines](std::string_view text) { return lines.Shows(text); };
  HeadlineChoice choice = ChooseHeadline(c);
  if (choice.text.empty()) return nullptr;
  const Node* headline = nullptr;
  if (choice.source.starts_with("h1(page)")) {
    for (const Node* h : f.headings)
      if (h != chosen && H1Text(*h, sitename) == choice.text) headline = h;
  } else if (choice.source.starts_with("h1")) {
    headline = chosen;
  }
  std::string label;
  a->title = TrimSiteAndSection(choice.text, sitename, &label);
  if (a->title != choice.text) {
    choice.source += label.empty() ? " (site part removed)" : " (label \"" + label + "\" removed)";
    a->section = label;  // ResolveSectionAndTags keeps it when no markup names a section
  }
  if (std::string cut = CutPipeTail(a->title); cut != a->title) {
    a->title = std::move(cut);
    choice.source += " (tail after \"|\" cut)";
  }
  AddSource(ctx, a, "title", choice.source);
  if (ctx.explain) {  // every candidate, for --explain: "h1: ...; meta:og:title: ..."
    std::string all;
    auto list = [&](std::string_view source, std::string_view text) {
      if (text.empty()) return;
      if (!all.empty()) all += "; ";
      all.append(source).append(": ").append(text);
    };
    list("h1", c.h1);
    for (const std::string& h : c.other_h1s) list("h1(page)", h);
    for (const auto& [source, text] : c.metas) list(source, text);
    AddSource(ctx, a, "title-candidates", all);
  }
  return headline;
}

void AddTags(std::string_view value, bool split, std::vector<std::string>* tags) {
  auto add = [&](std::string_view t) {
    std::string c = Collapse(t);
    if (c.empty() || c.size() > 80 || tags->size() >= kMaxTags) return;
    for (const std::string& existing : *tags)
      if (EqualsIgnoreAsciiCase(existing, c)) return;
    tags->push_back(c);
  };
  if (!split) {
    add(value);
    return;
  }
  std::size_t start = 0;
  while (start <= value.size()) {
    std::size_t comma = value.find_first_of(",;", start);
    if (comma == std::string_view::npos) comma = value.size();
    add(value.substr(start, comma - start));
    start = comma + 1;
  }
}

}  // namespace

namespace {

// sitename: og:site_name > JSON-LD WebSite name > JSON-LD publisher > application-name.
void ResolveSitename(const PageFacts& f, const MetadataContext& ctx, const JsonLdArticle* j,
                     Article* a) {
  std::string source;
  a->sitename = FirstMeta(f, {"og:site_name"}, &source);
  if (a->sitename.empty() && !f.json_ld().website_name.empty()) {
    a->sitename = f.json_ld().website_name;
    source = "json-ld:WebSite";
  }
  if (a->sitename.empty() && j && !j->publisher.empty()) {
    a->sitename = j->publisher;
    source = "json-ld:publisher";
  }
  if (a->sitename.empty())
    a->sitename = FirstMeta(f, {"application-name", "apple-mobile-web-app-title"}, &source);
  if (!a->sitename.empty()) AddSource(ctx, a, "sitename", source);
}

// language as the markup claims it: <html lang> > language metas > JSON-LD inLanguage.
void ResolveMarkupLanguage(const PageFacts& f, const MetadataContext& ctx, const JsonLdArticle* j,
                           Article* a) {
  std::string source;
  std::string lang = LanguageCode(f.html_lang);
  source = "html:lang";
  if (lang.empty()) {
    lang = LanguageCode(
        FirstMeta(f, {"content-language", "language", "dc.language", "og:locale"}, &source));
  }
  if (lang.empty() && j) {
    lang = LanguageCode(j->language);
    source = "json-ld:inLanguage";
  }
  if (!lang.empty()) {
    a->language = lang;
    AddSource(ctx, a, "language", source);
  }
}

// section: article:section > JSON-LD articleSection > parsely-section > the label taken off the
// headline (ResolveTitle leaves it in a->section); tags: article:tag > keywords metas > JSON-LD
// keywords.
void ResolveSectionAndTags(const PageFacts& f, const MetadataContext& ctx, const JsonLdArticle* j,
                           Article* a) {
  std::string source;
  // Section.
  std::string from_headline = std::move(a->section);
  a->section = FirstMeta(f, {"article:section"}, &source);
  if (a->section.empty() && j && !j->sections.empty()) {
    a->section = j->sections.front();
    source = "json-ld:articleSection";
  }
  if (a->section.empty()) {
    a->section = FirstMeta(f, {"parsely-section", "section", "category"}, &source);
  }
  if (a->section.empty() && !from_headline.empty()) {
    a->section = std::move(from_headline);
    source = "title(label)";
  }
  if (!a->section.empty()) AddSource(ctx, a, "section", source);

  // Tags.
  for (const auto& m : f.metas())
    if (m.key == "article:tag") AddTags(m.value, false, &a->tags);
  if (!a->tags.empty()) {
    AddSource(ctx, a, "tags", "meta:article:tag");
  } else if (std::string k = FirstMeta(f, {"keywords", "news_keywords", "parsely-tags"}, &source);
             !k.empty()) {
    AddTags(k, true, &a->tags);
    AddSource(ctx, a, "tags", source);
  } else if (j && !j->keywords.empty()) {
    for (const std::string& k : j->keywords) AddTags(k, false, &a->tags);
    AddSource(ctx, a, "tags", "json-ld:keywords");
  }
}

// image: og:image > twitter:image > JSON-LD image (absolute against `base`); description:
// og:description > description metas > JSON-LD description.
void ResolveImageAndDescription(const PageFacts& f, const MetadataContext& ctx,
                                const JsonLdArticle* j, std::string_view base, Article* a) {
  std::string source;
  // Lead image.
  a->image = FirstMeta(
      f, {"og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"},
      &source);
  if (a->image.empty() && j && !j->image.empty()) {
    a->image = j->image;
    source = "json-ld:image";
  }
  if (!a->image.empty()) {
    a->image = Resolve(a->image, base);
    AddSource(ctx, a, "image", source);
  }

  // Description.
  a->description = FirstMeta(
      f, {"og:description", "description", "twitter:description", "dc.description"}, &source);
  if (a->description.empty() && j && !j->description.empty()) {
    a->description = j->description;
    source = "json-ld:description";
  }
  if (!a->description.empty()) AddSource(ctx, a, "description", source);
}

// canonical_url: <link rel=canonical> > og:url > JSON-LD url (absolute against the page URL).
void ResolveCanonical(const PageFacts& f, const MetadataContext& ctx, const JsonLdArticle* j,
                      Article* a) {
  std::string source;
  if (!f.canonical.empty()) {
    a->canonical_url = Resolve(f.canonical, ctx.url);
    AddSource(ctx, a, "canonical_url", "link:canonical");
  } else if (std::string u = FirstMeta(f, {"og:url"}, &source); !u.empty()) {
    a->canonical_url = Resolve(u, ctx.url);
    AddSource(ctx, a, "canonical_url", source);
  } else if (j && !j->url.empty()) {
    a->canonical_url = Resolve(j->url, ctx.url);
    AddSource(ctx, a, "canonical_url", "json-ld:url");
  }
}

}  // namespace

void ResolveMetadata(const PageFacts& f, const MetadataContext& ctx, Article* a) {
  const JsonLdArticle* j = MainJsonLd(f);
  const uint32_t container_end = ctx.container ? SubtreeEnd(ctx.container) : 0;
  // Relative links resolve against the page URL, else against its canonical URL.
  std::string_view base = !ctx.url.empty() ? ctx.url : std::string_view(f.canonical);

  ResolveSitename(f, ctx, j, a);  // first: the title check uses it
  const Node* headline = ResolveTitle(f, ctx, container_end, a->sitename, a);
  const internal::Scope scope{f, ctx, j, container_end, headline};
  std::string authors_source = internal::ResolveAuthors(scope, a->sitename, a);
  // The "bio" source is recorded last, after every other field: the api layer used to add it
  // there, and --explain lists sources in the order they are recorded.
  if (!authors_source.empty() && authors_source != "bio") {
    AddSource(ctx, a, "authors", authors_source);
  }
  internal::ResolveDates(scope, a);
  ResolveMarkupLanguage(f, ctx, j, a);
  ResolveSectionAndTags(f, ctx, j, a);
  ResolveImageAndDescription(f, ctx, j, base, a);
  ResolveCanonical(f, ctx, j, a);
  if (authors_source == "bio") AddSource(ctx, a, "authors", authors_source);
}

}  // namespace newsdesk::metadata
