// Article metadata from every source a page offers, reconciled.
//
// Sources, read in one walk of the tree: JSON-LD (schema.org article types, @graph, arrays),
// OpenGraph and article:* meta, Twitter cards, <meta name=author|date|...>, Dublin Core,
// microdata (itemprop), <time datetime>, rel=author, visible bylines, the <h1>, the URL path.
// Precedence per field (first that gives a value wins; no value is ever invented):
//   title:     the <h1> of the article (inside or just before the extracted container) >
//              JSON-LD headline > og:title > twitter:title > <title>, each without a site suffix
//   authors:   JSON-LD author (people) > meta author tags > itemprop=author > rel=author >
//              a visible byline ("By Jane Doe and John Roe") > JSON-LD organisation authors
//   date:      JSON-LD datePublished > article:published_time and other date metas >
//              itemprop=datePublished > <time datetime> in or near the article > date in the URL
//   modified:  JSON-LD dateModified > article:modified_time / og:updated_time > itemprop
//   sitename:  og:site_name > JSON-LD WebSite name / publisher > application-name
//   language:  <html lang> > content-language > og:locale > JSON-LD inLanguage (ISO 639-1)
//   section:   article:section > JSON-LD articleSection > parsely-section
//   tags:      article:tag > keywords meta > JSON-LD keywords > news_keywords
//   image:     og:image > twitter:image > JSON-LD image
//   description: og:description > description meta > twitter:description > JSON-LD
//   canonical_url: <link rel=canonical> > og:url > JSON-LD url
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dom/node.h"
#include "metadata/date.h"
#include "metadata/json_ld.h"
#include "newsdesk/article.h"

namespace newsdesk::metadata {

// What the page holds, gathered in one walk; reusable between documents.
class PageFacts {
 public:
  void Collect(const dom::Document& doc);

  struct Meta {
    std::string key;    // lower-cased name / property / itemprop / http-equiv
    std::string value;  // content
  };
  const std::vector<Meta>& metas() const { return metas_; }
  const JsonLdFacts& json_ld() const { return json_ld_; }
  std::string_view Meta(std::string_view key) const;  // first non-empty value, or ""

  std::string title_tag;
  std::string html_lang;
  std::string canonical;
  std::vector<const dom::Node*> headings;      // visible <h1>s
  std::vector<const dom::Node*> times;         // <time> elements
  std::vector<const dom::Node*> itemprops;     // elements with itemprop author/date*
  std::vector<const dom::Node*> author_links;  // <a rel=author>
  std::vector<const dom::Node*> bylines;       // elements whose class/id says byline/author
  std::vector<const dom::Node*> byline_leads;  // text nodes that only say "By" / "Written by"
  std::vector<const dom::Node*> author_pages;  // <a href=".../author/...">

 private:
  // Whether an element's class/id reads like a byline (memo keyed by the class and id values).
  bool BylineClass(const dom::Node& n);
  struct BylineSlot {
    uint64_t key = 0;
    uint8_t bits = 0;
  };
  std::array<BylineSlot, 1024> byline_memo_{};

  std::vector<struct Meta> metas_;
  JsonLdFacts json_ld_;
};

struct MetadataContext {
  const dom::Node* container = nullptr;  // the extracted article's element, if any
  std::string_view url;                  // the page URL, if known
  const DateTime* reference = nullptr;   // for relative dates
  bool explain = false;                  // fill Article::sources
};

// Fills every metadata field of `article` from `facts`.
void ResolveMetadata(const PageFacts& facts, const MetadataContext& context, Article* article);

// "en-US" -> "en"; "" when not a language tag.
std::string LanguageCode(std::string_view tag);

}  // namespace newsdesk::metadata
