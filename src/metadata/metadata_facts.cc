// The page's facts: what the metadata sources read, gathered in one walk of the tree.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "dom/visibility.h"
#include "metadata/authors.h"
#include "metadata/metadata.h"
#include "metadata/metadata_internal.h"
#include "metadata/title.h"
#include "util/ascii.h"
#include "util/hash.h"
#include "util/word_set.h"

namespace newsdesk::metadata {

using dom::Node;
using dom::Tag;
using internal::Collapse;

namespace {

// A bound on the byline elements, "By" lead-ins and author-page links kept per page (the
// sources read them in page order, the first ones matter).
constexpr std::size_t kMaxBylines = 40;

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
  static const WordSet kWords = {"byline", "author",  "dateline", "date",
                                 "time",   "publish", "posted",   "meta",     // bit 1
                                 "bio",    "comment", "related",  "avatar"};  // bit 2
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
  written_by.clear();
  dated_lines.clear();
  author_pages.clear();
  if (doc.html) html_lang = std::string(doc.html->Attr("lang"));
  body = doc.body;
  const Node* node = doc.root;
  while (node) {
    bool descend = true;
    if (node->is_text()) {
      std::string_view t = node->text();
      if (t.size() <= 32 && byline_leads.size() < kMaxBylines && IsBylineLeadIn(t))
        byline_leads.push_back(node);
      else if (written_by.size() < kMaxBylines && WrittenByBody(t))
        written_by.push_back(node);
      else if (dated_lines.size() < kMaxBylines && DateLineLabel(t) != DateLabel::kNone)
        dated_lines.push_back(node);
    }
    if (node->is_element()) descend = CollectElement(*node);
    if (descend && node->first_child) {
      node = node->first_child;
      continue;
    }
    while (node && !node->next_sibling) node = node->parent;
    if (node) node = node->next_sibling;
  }
}

// One element of the walk: records what it holds; returns whether to walk into its children.
bool PageFacts::CollectElement(const Node& n) {
  bool descend = true;
  switch (n.tag) {
    case Tag::k_title:
      if (title_tag.empty()) title_tag = ElementText(n);
      descend = false;
      break;
    case Tag::k_meta: {
      std::string_view key = n.Attr("property");
      if (key.empty()) key = n.Attr("name");
      if (key.empty()) key = n.Attr("itemprop");
      if (key.empty()) key = n.Attr("http-equiv");
      bool has_content = false;
      std::string_view content = n.Attr("content", &has_content);
      if (!key.empty() && has_content) metas_.push_back({AsciiLowerCopy(key), Collapse(content)});
      break;
    }
    case Tag::k_link: {
      std::string rel = AsciiLowerCopy(n.Attr("rel"));
      if (rel == "canonical" && canonical.empty()) canonical = std::string(n.Attr("href"));
      break;
    }
    case Tag::k_script:
      if (AsciiLowerCopy(n.Attr("type")) == "application/ld+json") {
        for (const Node* c = n.first_child; c; c = c->next_sibling)
          if (c->is_text()) ReadJsonLd(c->text(), &json_ld_);
      }
      descend = false;
      break;
    case Tag::k_style:
    case Tag::k_template:
    case Tag::k_svg:
    case Tag::k_noscript:
      descend = false;
      break;
    case Tag::k_h1:
      if (!dom::IsInvisible(n)) headings.push_back(&n);
      break;
    case Tag::k_time:
      times.push_back(&n);
      break;
    case Tag::k_a: {
      std::string_view rel_attr = n.Attr("rel");
      if (!rel_attr.empty() && AsciiLowerCopy(rel_attr).find("author") != std::string::npos)
        author_links.push_back(&n);
      // Author pages: paths are lower-case in practice, so no copy is made to compare.
      if (author_pages.size() < kMaxBylines && IsAuthorPath(n.Attr("href")))
        author_pages.push_back(&n);
      break;
    }
    default:
      break;
  }
  if (n.attribute_count > 0) {
    std::string_view itemprop = n.Attr("itemprop");
    if (!itemprop.empty() && n.tag != Tag::k_meta &&
        (itemprop == "author" || itemprop == "creator" || itemprop == "datePublished" ||
         itemprop == "dateModified" || itemprop == "dateCreated"))
      itemprops.push_back(&n);
    if (bylines.size() < kMaxBylines && n.tag != Tag::k_body && n.tag != Tag::k_html &&
        n.tag != Tag::k_meta && BylineClass(n))
      bylines.push_back(&n);
  }
  return descend;
}

}  // namespace newsdesk::metadata
