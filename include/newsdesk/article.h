// newsdesk/article.h: what extraction returns for one page.
//
// A plain value type; copy and move freely. Empty strings and lists mean "not found": newsdesk
// never invents a value.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace newsdesk {

// One block of boilerplate that extraction left out of the body, kept when
// ExtractOptions::report_boilerplate is set.
struct RemovedBlock {
  std::string label;  // why it was left out: "navigation", "related", "newsletter", "share", ...
  std::string text;   // its text, whitespace collapsed
};

struct Article {
  // Main text.
  std::string text;      // plain text: one block per paragraph, blocks separated by a blank line
  std::string markdown;  // the same blocks as Markdown (headings, lists, quotes, emphasis kept)
  std::string html;      // the same blocks as clean, minimal HTML (no attributes but href/src/alt)

  // Metadata. Empty when the page does not say; see metadata/metadata.h for the precedence.
  std::string title;                 // the headline, without a " | Site Name" suffix
  std::string url;                   // the page's URL as given by the caller (ExtractOptions::url)
  std::vector<std::string> authors;  // people, in byline order; no roles, e-mails or outlets
  std::string date;      // publication date, ISO 8601 ("2024-03-14" or with time and offset)
  std::string modified;  // last modification date, ISO 8601
  std::string sitename;  // the outlet ("The Coastal Herald")
  std::string language;  // ISO 639-1 code ("en")
  std::string section;   // section or category ("World", "Travel")
  std::vector<std::string> tags;  // tags and keywords
  std::string image;              // lead image URL
  std::string description;        // the page's summary
  std::string canonical_url;      // the page's own canonical URL

  // Where each metadata field came from ("title" -> "h1", "date" -> "json-ld:datePublished"),
  // filled only with ExtractOptions::report_boilerplate (the --explain option).
  std::vector<std::pair<std::string, std::string>> sources;

  // Diagnostics.
  std::vector<RemovedBlock> removed;  // only with ExtractOptions::report_boilerplate
  // Limits that were hit but did not stop extraction ("tree depth limit 400 reached: deeper
  // elements were flattened, their text kept"). Empty on ordinary pages.
  std::vector<std::string> warnings;
};

// How a field takes part in output. Writers and readers of Article (JSON, the Python dict, the
// golden tests, the store) walk ForEachArticleField, so the field list is spelled once.
enum class ArticleFieldKind {
  kMetadata,    // always written
  kDiagnostic,  // written only when not empty (warnings)
  kBody,        // the article's text in a format (text, markdown)
  kHtml,        // the HTML rendering: written only when asked for
};

// Calls fn(name, member, kind) for every string and string-list field of `article` (an Article or
// const Article), in output order. `member` is a std::string or a std::vector<std::string>.
// Article::sources and Article::removed (explain output) are not in this list.
template <class ArticleT, class Fn>
void ForEachArticleField(ArticleT& article, Fn&& fn) {
  using K = ArticleFieldKind;
  fn("url", article.url, K::kMetadata);
  fn("title", article.title, K::kMetadata);
  fn("date", article.date, K::kMetadata);
  fn("modified", article.modified, K::kMetadata);
  fn("authors", article.authors, K::kMetadata);
  fn("sitename", article.sitename, K::kMetadata);
  fn("language", article.language, K::kMetadata);
  fn("section", article.section, K::kMetadata);
  fn("tags", article.tags, K::kMetadata);
  fn("image", article.image, K::kMetadata);
  fn("description", article.description, K::kMetadata);
  fn("canonical_url", article.canonical_url, K::kMetadata);
  fn("warnings", article.warnings, K::kDiagnostic);
  fn("text", article.text, K::kBody);
  fn("markdown", article.markdown, K::kBody);
  fn("html", article.html, K::kHtml);
}

}  // namespace newsdesk
