#include "metadata/metadata.h"
#include "util/hash.h"
#include "util/word_set.h"
#include "util/ascii.h"

#include <algorithm>
#include <cctype>

#include "dom/visibility.h"
#include "metadata/authors.h"
#include "metadata/title.h"
#include "util/utf8.h"

namespace newsdesk::metadata {

using dom::Node;
using dom::Tag;

namespace {

constexpr std::size_t kMaxBylines = 40;
constexpr std::size_t kMaxTags = 30;
// A byline or dateline is a short line; longer text is prose that mentions an author.
constexpr std::size_t kMaxBylineChars = 200;
// How far before the container (in nodes) a byline or <time> still belongs to the article.
constexpr uint32_t kNearContainerNodes = 300;
// How many nodes around the headline are read for a dateline.
constexpr int kDatelineScanNodes = 80;



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

}  // namespace

namespace {

// Whether a link's path has a segment naming an author page ("/author/jane-doe",
// "/contributors/..."): one pass over the '/' of the href.
bool IsAuthorPath(std::string_view href) {
  for (std::size_t slash = href.find('/'); slash != std::string_view::npos;
       slash = href.find('/', slash + 1)) {
    std::string_view rest = href.substr(slash + 1);
    for (std::string_view segment : {"author/", "authors/", "writer/", "writers/", "people/",
                                     "profile/", "staff/", "contributor"}) {
      if (rest.substr(0, segment.size()) == segment) return true;
    }
  }
  return false;
}

// Bit 1: the value names a byline-ish part ("byline", "author", "date", ...); bit 2: a part that
// is not the article's byline ("bio", "comment", "related", "avatar").
uint8_t BylineBits(std::string_view value) {
  static const WordSet kWords = {"byline", "author", "dateline", "date", "time", "publish",
                                 "posted", "meta",  // bit 1
                                 "bio", "comment", "related", "avatar"};  // bit 2
  constexpr uint32_t kBylineWords = 0xFF, kOtherWords = 0xF00;
  char buffer[256];
  std::size_t len = std::min(value.size(), sizeof(buffer));
  for (std::size_t i = 0; i < len; ++i) buffer[i] = AsciiLower(value[i]);
  uint32_t found = kWords.Find(std::string_view(buffer, len));
  return static_cast<uint8_t>(((found & kBylineWords) ? 1 : 0) | ((found & kOtherWords) ? 2 : 0));
}

}  // namespace

bool PageFacts::BylineClass(const Node& n) {
  // Class lists repeat across a page's elements: memoised. Ids mostly do not.
  std::string_view cls = n.Attr("class"), id = n.Attr("id");
  uint8_t bits = 0;
  if (!cls.empty()) {
    uint64_t key = HashPair(cls, {});
    BylineSlot& slot = byline_memo_[(key >> 32) % byline_memo_.size()];
    if (slot.key != key) {
      slot.key = key;
      slot.bits = BylineBits(cls);
    }
    bits = slot.bits;
  }
  if (!id.empty()) bits |= BylineBits(id);
  return bits == 1;
}

namespace {

void AddSource(const MetadataContext& ctx, Article* a, std::string_view field,
               std::string_view source) {
  if (ctx.explain) a->sources.emplace_back(std::string(field), std::string(source));
}

// Absolute URL of `ref` against the page URL `base` (scheme-relative and root-relative refs).
std::string Resolve(std::string_view ref, std::string_view base) {
  if (ref.empty() || base.empty()) return std::string(ref);
  if (ref.substr(0, 7) == "http://" || ref.substr(0, 8) == "https://") return std::string(ref);
  std::size_t scheme_end = base.find("://");
  if (scheme_end == std::string_view::npos) return std::string(ref);
  if (ref.substr(0, 2) == "//") return std::string(base.substr(0, scheme_end + 1)) + std::string(ref);
  std::size_t host_end = base.find('/', scheme_end + 3);
  std::string_view origin = host_end == std::string_view::npos ? base : base.substr(0, host_end);
  if (ref[0] == '/') return std::string(origin) + std::string(ref);
  std::string_view dir = base.substr(0, base.rfind('/') + 1);
  if (dir.size() <= scheme_end + 3) return std::string(origin) + "/" + std::string(ref);
  return std::string(dir) + std::string(ref);
}

bool InContainerOrJustBefore(const Node* n, const MetadataContext& ctx, uint32_t container_end) {
  if (!ctx.container) return true;
  uint32_t lo = ctx.container->index;
  return (n->index >= lo && n->index <= container_end) ||
         (n->index < lo && lo - n->index <= kNearContainerNodes);
}

const Node* FindItemprop(const Node* n, std::string_view prop, int depth) {
  if (depth > 8) return nullptr;
  for (const Node* c = n->first_child; c; c = c->next_sibling) {
    if (!c->is_element()) continue;
    if (c->Attr("itemprop") == prop) return c;
    if (const Node* found = FindItemprop(c, prop, depth + 1)) return found;
  }
  return nullptr;
}

// In the container, or within a few hundred nodes before or after it (an author box after the
// article). For the weakest author evidence only.
bool NearContainer(const Node* n, const MetadataContext& ctx, uint32_t container_end) {
  if (!ctx.container) return true;
  return InContainerOrJustBefore(n, ctx, container_end) ||
         (n->index > container_end && n->index - container_end <= kNearContainerNodes);
}

uint32_t SubtreeEnd(const Node* n) {
  while (n->last_child) n = n->last_child;
  return n->index;
}

}  // namespace

std::string_view PageFacts::Meta(std::string_view key) const {
  for (const auto& m : metas_)
    if (m.key == key && !m.value.empty()) return m.value;
  return {};
}

void PageFacts::Collect(const dom::Document& doc) {
  metas_.clear();
  json_ld_ = JsonLdFacts{};
  title_tag.clear();
  html_lang.clear();
  canonical.clear();
  headings.clear();
  times.clear();
  itemprops.clear();
  author_links.clear();
  bylines.clear();
  byline_leads.clear();
  author_pages.clear();
  if (doc.html) html_lang = std::string(doc.html->Attr("lang"));
  const Node* node = doc.root;
  while (node) {
    bool descend = true;
    if (node->is_text()) {
      std::string_view t = node->text();
      if (t.size() <= 20 && byline_leads.size() < kMaxBylines && IsBylineLeadIn(t))
        byline_leads.push_back(node);
    }
    if (node->is_element()) {
      switch (node->tag) {
        case Tag::k_title:
          if (title_tag.empty()) title_tag = ElementText(*node);
          descend = false;
          break;
        case Tag::k_meta: {
          std::string_view key = node->Attr("property");
          if (key.empty()) key = node->Attr("name");
          if (key.empty()) key = node->Attr("itemprop");
          if (key.empty()) key = node->Attr("http-equiv");
          bool has_content = false;
          std::string_view content = node->Attr("content", &has_content);
          if (!key.empty() && has_content) metas_.push_back({AsciiLowerCopy(key), Collapse(content)});
          break;
        }
        case Tag::k_link: {
          std::string rel = AsciiLowerCopy(node->Attr("rel"));
          if (rel == "canonical" && canonical.empty()) canonical = std::string(node->Attr("href"));
          break;
        }
        case Tag::k_script:
          if (AsciiLowerCopy(node->Attr("type")) == "application/ld+json") {
            for (const Node* c = node->first_child; c; c = c->next_sibling)
              if (c->is_text()) ReadJsonLd(c->text(), &json_ld_);
          }
          descend = false;
          break;
        case Tag::k_style: case Tag::k_template: case Tag::k_svg: case Tag::k_noscript:
          descend = false;
          break;
        case Tag::k_h1:
          if (!dom::IsInvisible(*node)) headings.push_back(node);
          break;
        case Tag::k_time:
          times.push_back(node);
          break;
        case Tag::k_a: {
          std::string_view rel_attr = node->Attr("rel");
          if (!rel_attr.empty() && AsciiLowerCopy(rel_attr).find("author") != std::string::npos)
            author_links.push_back(node);
          // Author pages: paths are lower-case in practice, so no copy is made to compare.
          if (author_pages.size() < kMaxBylines && IsAuthorPath(node->Attr("href")))
            author_pages.push_back(node);
          break;
        }
        default:
          break;
      }
      if (node->attribute_count > 0) {
        std::string_view itemprop = node->Attr("itemprop");
        if (!itemprop.empty() && node->tag != Tag::k_meta &&
            (itemprop == "author" || itemprop == "creator" || itemprop == "datePublished" ||
             itemprop == "dateModified" || itemprop == "dateCreated"))
          itemprops.push_back(node);
        if (bylines.size() < kMaxBylines && node->tag != Tag::k_body &&
            node->tag != Tag::k_html && node->tag != Tag::k_meta &&
            BylineClass(*node))
          bylines.push_back(node);
      }
    }
    if (descend && node->first_child) {
      node = node->first_child;
      continue;
    }
    while (node && !node->next_sibling) node = node->parent;
    if (node) node = node->next_sibling;
  }
}

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

void ResolveTitle(const PageFacts& f, const MetadataContext& ctx, uint32_t container_end,
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
  if (chosen) {
    std::string text = ElementText(*chosen);
    if (text.size() >= 4 && text.size() <= 300 && !EqualsIgnoreAsciiCase(text, sitename)) {
      a->title = text;
      AddSource(ctx, a, "title", "h1");
      return;
    }
  }
  std::string source;
  std::string t;
  if (const JsonLdArticle* j = MainJsonLd(f); j && !j->headline.empty()) {
    t = j->headline;
    source = "json-ld:headline";
  }
  if (t.empty()) t = FirstMeta(f, {"og:title", "twitter:title"}, &source);
  if (t.empty() && !f.title_tag.empty()) {
    t = f.title_tag;
    source = "title";
  }
  if (t.empty()) return;
  a->title = StripSiteSuffix(t);
  AddSource(ctx, a, "title", source);
}

// Short lines around the headline ("December 13, 2025", "Updated: 10/31/2024"), nearest first:
// the text nodes just after the article's <h1> (or the container's start when there is no <h1>),
// then those just before it, that hold a date.
template <typename Predicate>
std::vector<std::string> NearHeadlineTexts(const PageFacts& f, const MetadataContext& ctx,
                                           uint32_t container_end, Predicate keep) {
  std::vector<std::string> found;
  const Node* anchor = nullptr;
  if (ctx.container) {
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

std::vector<std::string> NearHeadlineDates(const PageFacts& f, const MetadataContext& ctx,
                                           uint32_t container_end) {
  return NearHeadlineTexts(f, ctx, container_end, [&](std::string_view t) {
    return t.size() >= 6 && t.size() <= kMaxBylineChars && ParseDate(t, ctx.reference);
  });
}

std::string NearHeadlineDate(const PageFacts& f, const MetadataContext& ctx,
                             uint32_t container_end) {
  std::vector<std::string> dates = NearHeadlineDates(f, ctx, container_end);
  return dates.empty() ? std::string() : dates.front();
}

// True when `n` sits in a comment thread (rel=author links are common there).
bool InComments(const Node* n) {
  for (const Node* p = n->parent; p && p->is_element(); p = p->parent) {
    if (p->attribute_count && ClassSays(*p, {"comment", "respond", "reply", "discussion"}))
      return true;
  }
  return false;
}

// The text node after `n` in document order (within a few steps), for "Written by" + name.
const Node* NextText(const Node* n) {
  for (int steps = 0; n && steps < 12; ++steps) {
    if (n->first_child) {
      n = n->first_child;
    } else {
      while (n && !n->next_sibling) n = n->parent;
      if (n) n = n->next_sibling;
    }
    if (n && n->is_text() && !Collapse(n->text()).empty()) return n;
  }
  return nullptr;
}

void ResolveAuthors(const PageFacts& f, const MetadataContext& ctx, uint32_t container_end,
                    Article* a) {
  // The outlet is not an author while a person is named; kept aside as the last resort.
  std::vector<std::string> outlet_authors;
  std::string outlet_source;
  auto finish = [&](std::string_view source) {
    auto is_outlet = [&](const std::string& n) {
      return EqualsIgnoreAsciiCase(n, a->sitename) ||
             (MainJsonLd(f) && EqualsIgnoreAsciiCase(n, MainJsonLd(f)->publisher));
    };
    for (const std::string& n : a->authors) {
      if (is_outlet(n) && outlet_authors.empty()) {
        outlet_authors.push_back(n);
        outlet_source = std::string(source) + "(outlet)";
      }
    }
    a->authors.erase(std::remove_if(a->authors.begin(), a->authors.end(), is_outlet),
                     a->authors.end());
    if (a->authors.empty()) return false;
    AddSource(ctx, a, "authors", source);
    return true;
  };
  const JsonLdArticle* j = MainJsonLd(f);
  if (j) {
    for (const std::string& raw : j->person_authors) {
      if (raw.compare(0, kAuthorIdPrefix.size(), kAuthorIdPrefix) == 0) {
        std::string_view id = std::string_view(raw).substr(kAuthorIdPrefix.size());
        for (const auto& [person_id, name] : f.json_ld().people)
          if (person_id == id) MergeAuthors(&a->authors, SplitAuthors(name, true));
      } else {
        MergeAuthors(&a->authors, SplitAuthors(raw, /*from_markup=*/true));
      }
    }
    if (finish("json-ld:author")) return;
  }
  for (std::string_view key : {"author", "article:author", "parsely-author", "sailthru.author",
                               "dc.creator", "dcterms.creator", "byl", "citation_author",
                               "og:article:author"}) {
    for (const auto& m : f.metas()) {
      if (m.key != key || m.value.find("://") != std::string::npos) continue;
      MergeAuthors(&a->authors, SplitAuthors(m.value, true));
    }
    if (finish("meta:" + std::string(key))) return;
  }
  // Twitter card labels: twitter:label1 "Written by", twitter:data1 "Jane Doe".
  for (std::size_t i = 0; i + 1 < f.metas().size(); ++i) {
    const auto& label = f.metas()[i];
    if (label.key.rfind("twitter:label", 0) == 0 && IsBylineLeadIn(label.value)) {
      std::string data_key = "twitter:data" + label.key.substr(13);
      MergeAuthors(&a->authors, SplitAuthors(f.Meta(data_key), true));
    }
  }
  if (finish("meta:twitter:data")) return;
  for (const Node* n : f.itemprops) {
    std::string_view prop = n->Attr("itemprop");
    if ((prop != "author" && prop != "creator") || InComments(n)) continue;
    // <span itemprop=author><span itemprop=name>Jane</span></span> or the element's own text.
    const Node* name_node = FindItemprop(n, "name", 0);
    std::string name = name_node ? ElementText(*name_node) : ElementText(*n);
    if (name.empty()) name = Collapse(n->Attr("content"));
    MergeAuthors(&a->authors, SplitAuthors(name, name_node != nullptr));
  }
  if (finish("itemprop:author")) return;
  for (const Node* n : f.author_links) {
    if (!InContainerOrJustBefore(n, ctx, container_end) || InComments(n)) continue;
    MergeAuthors(&a->authors, SplitAuthors(ElementText(*n)));
  }
  if (finish("rel=author")) return;
  for (const Node* n : f.bylines) {
    if (!InContainerOrJustBefore(n, ctx, container_end) || InComments(n)) continue;
    if (!ClassSays(*n, {"byline", "author"})) continue;
    std::string text = ElementText(*n);
    if (text.empty() || text.size() > kMaxBylineChars) continue;
    MergeAuthors(&a->authors, SplitAuthors(text));
    if (!a->authors.empty()) break;
  }
  if (finish("byline")) return;
  // A line that starts with "By" just after (or before) the headline.
  for (const std::string& line : NearHeadlineTexts(f, ctx, container_end, [](std::string_view t) {
         return t.size() > 3 && t.size() <= kMaxBylineChars && (t[0] == 'B' || t[0] == 'b') &&
                t[1] == 'y' && (t[2] == ' ' || t[2] == ':');
       })) {
    MergeAuthors(&a->authors, SplitAuthors(line));
    if (!a->authors.empty()) break;
  }
  if (finish("byline-near-headline")) return;
  // "Written by" on its own line, the name on the next.
  for (const Node* n : f.byline_leads) {
    if (!NearContainer(n, ctx, container_end) || InComments(n)) continue;
    if (const Node* next = NextText(n)) {
      std::string text = Collapse(next->text());
      if (text.size() <= 80) MergeAuthors(&a->authors, SplitAuthors(text));
    }
    if (!a->authors.empty()) break;
  }
  if (finish("byline-lead-in")) return;
  // A link to the author's page near the headline.
  for (const Node* n : f.author_pages) {
    if (!NearContainer(n, ctx, container_end) || InComments(n)) continue;
    std::string text = ElementText(*n);
    if (text.empty() || text.size() > 60) continue;
    MergeAuthors(&a->authors, SplitAuthors(text));
    if (!a->authors.empty()) break;
  }
  if (finish("author-page-link")) return;
  // Last: an organisation the page's own markup declares as the author (no person is named).
  if (j) {
    for (const std::string& raw : j->organisation_authors) {
      if (!raw.empty()) a->authors.push_back(raw);
    }
    if (!a->authors.empty()) {
      AddSource(ctx, a, "authors", "json-ld:author(organization)");
      return;
    }
  }
  if (!outlet_authors.empty()) {
    a->authors = outlet_authors;
    AddSource(ctx, a, "authors", outlet_source);
  }
}


// Whether the text just before `t` (its previous sibling, or its parent's when `t` comes
// first) is a publication label: "Published", "Posted on:", "Date published".
bool LabelledAsPublished(const Node* t) {
  for (const Node* n = t; n != nullptr && n->is_element(); n = n->parent) {
    const Node* prev = n->prev_sibling;
    while (prev && prev->is_text() && Collapse(prev->text()).empty()) prev = prev->prev_sibling;
    if (prev == nullptr) continue;  // first child: look before the parent
    std::string label = prev->is_text() ? Collapse(prev->text()) : ElementText(*prev);
    if (label.size() > 30) return false;
    std::string l = AsciiLowerCopy(label);
    while (!l.empty() && (l.back() == ':' || l.back() == ' ')) l.pop_back();
    for (std::string_view w : {"published", "posted", "posted on", "published on", "date published",
                               "publish date", "first published", "publication date"})
      if (l == w) return true;
    return false;
  }
  return false;
}

bool TakeDate(std::string_view text, const MetadataContext& ctx, std::string* out) {
  auto d = ParseDate(text, ctx.reference);
  if (!d) return false;
  *out = d->ToIso();
  return true;
}

void ResolveDates(const PageFacts& f, const MetadataContext& ctx, uint32_t container_end,
                  Article* a) {
  const JsonLdArticle* j = MainJsonLd(f);
  // Publication date.
  auto published = [&]() -> std::string {
    if (j && TakeDate(j->date_published, ctx, &a->date)) return "json-ld:datePublished";
    for (std::string_view key :
         {"article:published_time", "og:published_time", "article:published", "published_time",
          "publish-date", "publish_date", "pubdate", "publishdate", "datepublished",
          "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "dc.date.created",
          "sailthru.date", "parsely-pub-date", "article.published", "citation_publication_date",
          "originalpublicationdate", "creation_date", "timestamp"}) {
      if (TakeDate(f.Meta(key), ctx, &a->date)) return "meta:" + std::string(key);
    }
    for (const Node* n : f.itemprops) {
      if (n->Attr("itemprop") != "datePublished" && n->Attr("itemprop") != "dateCreated") continue;
      std::string_view v = n->Attr("datetime");
      if (v.empty()) v = n->Attr("content");
      if (TakeDate(v, ctx, &a->date) || TakeDate(ElementText(*n), ctx, &a->date))
        return "itemprop:datePublished";
    }
    // <time> in or just before the article: one marked as the publication first.
    const Node* best = nullptr;
    for (const Node* t : f.times) {
      if (!InContainerOrJustBefore(t, ctx, container_end)) continue;
      if (t->HasAttr("pubdate") || ClassSays(*t, {"publish", "posted", "created"})) {
        best = t;
        break;
      }
      if (!best) best = t;
    }
    if (best) {
      if (TakeDate(best->Attr("datetime"), ctx, &a->date) ||
          TakeDate(ElementText(*best), ctx, &a->date))
        return "time";
    }
    // A <time> anywhere under a publication label ("Published", "Posted on").
    for (const Node* t : f.times) {
      if (!LabelledAsPublished(t)) continue;
      if (TakeDate(t->Attr("datetime"), ctx, &a->date) || TakeDate(ElementText(*t), ctx, &a->date))
        return "time(labelled)";
    }
    // A date standing alone right after the page's first byline ("Written by Jane Doe" /
    // "April 8, 2024"); later bylines belong to teaser cards.
    if (!f.byline_leads.empty() && f.byline_leads[0]->parent != nullptr) {
      const Node* next = f.byline_leads[0]->parent->next_sibling;
      while (next && next->is_text() && Collapse(next->text()).empty()) next = next->next_sibling;
      if (next != nullptr && next->is_element()) {
        std::string text = ElementText(*next);
        if (!text.empty() && text.size() <= 40 && TakeDate(text, ctx, &a->date))
          return "byline-date";
      }
    }
    if (auto d = DateFromUrl(ctx.url)) {
      a->date = d->ToIso();
      return "url";
    }
    if (auto d = DateFromUrl(f.canonical)) {
      a->date = d->ToIso();
      return "canonical-url";
    }
    if (TakeDate(NearHeadlineDate(f, ctx, container_end), ctx, &a->date)) return "dateline";
    // Any other meta that names a publication date ("published", "article_date_original").
    for (const auto& m : f.metas()) {
      bool dated = m.key.find("publish") != std::string::npos ||
                   m.key.find("date") != std::string::npos ||
                   m.key.find("created") != std::string::npos;
      bool other = m.key.find("modif") != std::string::npos ||
                   m.key.find("updat") != std::string::npos ||
                   m.key.find("expir") != std::string::npos;
      if (dated && !other && TakeDate(m.value, ctx, &a->date)) return "meta:" + m.key;
    }
    // A page with one <time>, or whose <time>s all give one day, dates itself with it.
    std::string only_day;
    bool one_day = !f.times.empty();
    for (const Node* t : f.times) {
      std::string iso;
      if (!TakeDate(t->Attr("datetime"), ctx, &iso) && !TakeDate(ElementText(*t), ctx, &iso)) {
        one_day = false;
        break;
      }
      if (only_day.empty()) {
        only_day = iso;
      } else if (only_day.substr(0, 10) != iso.substr(0, 10)) {
        one_day = false;
        break;
      }
    }
    if (one_day && !only_day.empty()) {
      a->date = only_day;
      return "time(page)";
    }
    // A dateline anywhere whose class says it is the publication date.
    for (const Node* n : f.bylines) {
      if (!ClassSays(*n, {"publish", "posted", "date"})) continue;
      std::string text = ElementText(*n);
      if (text.empty() || text.size() > kMaxBylineChars) continue;
      if (TakeDate(text, ctx, &a->date)) return "dateline(page)";
    }
    for (const Node* n : f.bylines) {
      if (!InContainerOrJustBefore(n, ctx, container_end)) continue;
      std::string text = ElementText(*n);
      if (text.empty() || text.size() > kMaxBylineChars) continue;
      if (TakeDate(text, ctx, &a->date)) return "dateline";
    }
    return {};
  }();
  if (!published.empty()) AddSource(ctx, a, "date", published);
  // Modification date.
  std::string modified;
  if (j && TakeDate(j->date_modified, ctx, &a->modified)) {
    modified = "json-ld:dateModified";
  } else {
    for (std::string_view key : {"article:modified_time", "og:updated_time", "article:modified",
                                 "modified_time", "datemodified", "dc.date.modified",
                                 "dcterms.modified", "last-modified", "lastmod"}) {
      if (TakeDate(f.Meta(key), ctx, &a->modified)) {
        modified = "meta:" + std::string(key);
        break;
      }
    }
  }
  if (modified.empty()) {
    for (const Node* n : f.itemprops) {
      if (n->Attr("itemprop") != "dateModified") continue;
      std::string_view v = n->Attr("datetime");
      if (v.empty()) v = n->Attr("content");
      if (TakeDate(v, ctx, &a->modified)) {
        modified = "itemprop:dateModified";
        break;
      }
    }
  }
  if (!modified.empty()) AddSource(ctx, a, "modified", modified);
  // A page that gives only its last-modified date is dated by it: it is the best estimate of
  // when the article was published (and the date most readers saw).
  if (a->date.empty() && !a->modified.empty()) {
    a->date = a->modified;
    AddSource(ctx, a, "date", modified + " (no publication date)");
  }
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

void ResolveMetadata(const PageFacts& f, const MetadataContext& ctx, Article* a) {
  const JsonLdArticle* j = MainJsonLd(f);
  const uint32_t container_end = ctx.container ? SubtreeEnd(ctx.container) : 0;
  std::string source;
  // Relative links resolve against the page URL, else against its canonical URL.
  std::string_view base = !ctx.url.empty() ? ctx.url : std::string_view(f.canonical);

  // Site name first: the title check uses it.
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

  ResolveTitle(f, ctx, container_end, a->sitename, a);
  ResolveAuthors(f, ctx, container_end, a);
  ResolveDates(f, ctx, container_end, a);

  // Language.
  std::string lang = LanguageCode(f.html_lang);
  source = "html:lang";
  if (lang.empty()) lang = LanguageCode(FirstMeta(f, {"content-language", "language", "dc.language", "og:locale"}, &source));
  if (lang.empty() && j) {
    lang = LanguageCode(j->language);
    source = "json-ld:inLanguage";
  }
  if (!lang.empty()) {
    a->language = lang;
    AddSource(ctx, a, "language", source);
  }

  // Section.
  a->section = FirstMeta(f, {"article:section"}, &source);
  if (a->section.empty() && j && !j->sections.empty()) {
    a->section = j->sections.front();
    source = "json-ld:articleSection";
  }
  if (a->section.empty()) a->section = FirstMeta(f, {"parsely-section", "section", "category"}, &source);
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

  // Lead image.
  a->image = FirstMeta(f, {"og:image", "og:image:url", "og:image:secure_url", "twitter:image",
                           "twitter:image:src"},
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
  a->description = FirstMeta(f, {"og:description", "description", "twitter:description",
                                 "dc.description"},
                             &source);
  if (a->description.empty() && j && !j->description.empty()) {
    a->description = j->description;
    source = "json-ld:description";
  }
  if (!a->description.empty()) AddSource(ctx, a, "description", source);

  // Canonical URL.
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

}  // namespace newsdesk::metadata
