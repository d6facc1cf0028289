// Article metadata from every source a page offers, reconciled.
//
// Sources, read in one walk of the tree: JSON-LD (schema.org article types, @graph, arrays),
// OpenGraph and article:* meta, Twitter cards, <meta name=author|date|...>, Dublin Core,
// microdata (itemprop), <time datetime>, rel=author, visible bylines, the <h1>, the URL path.
// Precedence per field: the first source that gives a value wins; no value is ever invented.
// Each name below is the string --explain reports in Article::sources ("meta:K" reads the meta
// tag, property, itemprop or http-equiv K, lower-cased).
//
// date and authors are tables of named sources, tried in order:
//   date (metadata_dates.cc, kPublishedSources):
//     json-ld:datePublished; meta:article:published_time, meta:og:published_time,
//     meta:article:published, meta:published_time, meta:publish-date, meta:publish_date,
//     meta:pubdate, meta:publishdate, meta:datepublished, meta:date, meta:dc.date,
//     meta:dc.date.issued, meta:dcterms.created, meta:dcterms.date, meta:dc.date.created,
//     meta:sailthru.date, meta:parsely-pub-date, meta:article.published,
//     meta:citation_publication_date, meta:originalpublicationdate, meta:creation_date,
//     meta:timestamp; itemprop:datePublished (or dateCreated);
//     time (a <time> in or just before the article, one marked pubdate/publish/posted first);
//     time(labelled) (a <time> anywhere after a "Published"/"Posted on" label);
//     byline-date (a date alone right after the page's first "Written by" line);
//     url (a date in the page URL's path); canonical-url (in the canonical URL's path);
//     dateline (the nearest short line around the headline that is a date);
//     meta:* (any other meta whose key says publish/date/created, not modified/updated/expires;
//       reported as meta:<its key>);
//     time(page) (the page's <time>s all give one day);
//     dateline(page) (a byline-class element anywhere whose class says publish/posted/date);
//     dateline (a byline-class element in or just before the article that holds a date).
//     Last, when no source gave one: the modification date, reported as
//     "<its source> (no publication date)".
//   modified (kModifiedSources):
//     json-ld:dateModified; meta:article:modified_time, meta:og:updated_time,
//     meta:article:modified, meta:modified_time, meta:datemodified, meta:dc.date.modified,
//     meta:dcterms.modified, meta:last-modified, meta:lastmod; itemprop:dateModified.
//   authors (metadata_authors.cc, kAuthorSources):
//     json-ld:author (people); meta:author, meta:article:author, meta:parsely-author,
//     meta:sailthru.author, meta:dc.creator, meta:dcterms.creator, meta:byl,
//     meta:citation_author, meta:og:article:author; meta:twitter:data (after a twitter:label
//     that says "Written by"); itemprop:author (or creator); rel=author (links in or just
//     before the article); byline (an element whose class says byline/author);
//     byline-near-headline (a "By ..." line around the headline);
//     byline-lead-in ("Written by" alone, the name in the next text); author-page-link (a link
//     to /author/... near the article); json-ld:author(organization);
//     (outlet) (the site's own name when a source above named only it, reported as
//       "<that source>(outlet)"); bio (the person an author-bio box is about, from
//       MetadataContext::bio_texts; recorded in Article::sources after every other field).
//     Up to (outlet), names equal to the site name or the JSON-LD publisher are set aside.
//
// The other fields:
//   title:     the <h1> of the article (inside or just before the extracted container) >
//              JSON-LD headline > og:title > twitter:title > <title>, each without a site suffix
//   sitename:  og:site_name > JSON-LD WebSite name > JSON-LD publisher > application-name
//   language:  <html lang> > content-language / language / dc.language / og:locale metas >
//              JSON-LD inLanguage (ISO 639-1); the api layer then checks it against the text
//              (ReconcileLanguage in language.h)
//   section:   article:section > JSON-LD articleSection > parsely-section / section / category
//   tags:      article:tag > keywords / news_keywords / parsely-tags > JSON-LD keywords
//   image:     og:image (and :url, :secure_url) > twitter:image > JSON-LD image
//   description: og:description > description > twitter:description > dc.description > JSON-LD
//   canonical_url: <link rel=canonical> > og:url > JSON-LD url
#pragma once

#include <array>
#include <cstdint>
#include <functional>
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
  const dom::Node* body = nullptr;             // the page's <body> (for ShownLines)
  std::vector<const dom::Node*> headings;      // visible <h1>s
  std::vector<const dom::Node*> times;         // <time> elements
  std::vector<const dom::Node*> itemprops;     // elements with itemprop author/date*
  std::vector<const dom::Node*> author_links;  // <a rel=author>
  std::vector<const dom::Node*> bylines;       // elements whose class/id says byline/author
  std::vector<const dom::Node*> byline_leads;  // text nodes that only say "By" / "Written by"
  std::vector<const dom::Node*> written_by;    // text nodes "Written by Jane Doe" (WrittenByBody)
  std::vector<const dom::Node*> dated_lines;   // text nodes "Posted on <date>" (DateLineLabel)
  std::vector<const dom::Node*> author_pages;  // <a href=".../author/...">

 private:
  // One element of the walk (metadata_facts.cc); returns whether to walk into its children.
  bool CollectElement(const dom::Node& n);
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
  // The texts of the page's author-bio boxes, in page order, for the last author source ("bio").
  // Called at most once, and only when no other source names an author; the views must stay
  // valid until ResolveMetadata returns. Empty: no bio boxes are looked for.
  std::function<std::vector<std::string_view>()> bio_texts;
};

// Fills every metadata field of `article` from `facts`.
void ResolveMetadata(const PageFacts& facts, const MetadataContext& context, Article* article);

// "en-US" -> "en"; "" when not a language tag.
std::string LanguageCode(std::string_view tag);

}  // namespace newsdesk::metadata
