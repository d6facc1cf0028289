// JSON-LD (schema.org) blocks: the fields newsdesk reads from them.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsdesk::metadata {

// In JsonLdArticle::person_authors, an entry that is a reference to a Person elsewhere in the
// document: the prefix, then the @id (resolved through JsonLdFacts::people, keeping the order).
inline constexpr std::string_view kAuthorIdPrefix = "@id:";

struct JsonLdArticle {
  std::string type;  // "NewsArticle", "BlogPosting", ...
  std::string headline;
  std::vector<std::string> person_authors;
  std::vector<std::string> organisation_authors;
  std::vector<std::string> author_ids;  // {"@id": ...} references, resolved through `people`
  std::string date_published;
  std::string date_modified;
  std::vector<std::string> sections;
  std::vector<std::string> keywords;
  std::string image;
  std::string description;
  std::string publisher;
  std::string language;
  std::string url;
  std::string article_body;
};

struct JsonLdFacts {
  std::vector<JsonLdArticle> articles;  // in page order; article types before WebPage
  std::string website_name;             // WebSite.name
  std::vector<std::pair<std::string, std::string>> people;  // Person @id -> name
};

// Parses one <script type="application/ld+json"> text and adds what it holds to `facts`.
// Malformed JSON is skipped (returns false); nothing throws.
bool ReadJsonLd(std::string_view json, JsonLdFacts* facts);

}  // namespace newsdesk::metadata
