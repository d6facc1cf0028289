// Shared by the metadata sources (metadata.cc, metadata_facts.cc, metadata_dates.cc,
// metadata_authors.cc); not part of the stage's interface. No state: safe from any thread.
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "dom/node.h"
#include "metadata/json_ld.h"
#include "metadata/metadata.h"
#include "newsdesk/article.h"

namespace newsdesk::metadata::internal {

// A byline or dateline is a short line; longer text is prose that mentions an author.
inline constexpr std::size_t kMaxBylineChars = 200;
// How far before the container (in nodes) a byline or <time> still belongs to the article.
inline constexpr uint32_t kNearContainerNodes = 300;

// What every source reads: the page's facts and where its article is. Borrowed, not owned.
struct Scope {
  const PageFacts& facts;
  const MetadataContext& ctx;
  const JsonLdArticle* json_ld;  // the page's main JSON-LD article, or null
  uint32_t container_end;        // index of the container's last node (0 without a container)
  const dom::Node* headline = nullptr;  // the <h1> that gave the headline, if one did
};

// Records `source` for `field` in Article::sources when the context asks for explanations.
void AddSource(const MetadataContext& ctx, Article* a, std::string_view field,
               std::string_view source);

// `s` with whitespace runs collapsed to one space and trimmed.
std::string Collapse(std::string_view s);

// Whether the element's lower-cased "class id" contains one of `words`.
bool ClassSays(const dom::Node& n, std::initializer_list<std::string_view> words);

// In the container, or up to kNearContainerNodes before it (always true without a container).
bool InContainerOrJustBefore(const dom::Node* n, const MetadataContext& ctx,
                             uint32_t container_end);

// In the container, or within kNearContainerNodes before or after it (an author box after the
// article). For the weakest author evidence only.
bool NearContainer(const dom::Node* n, const MetadataContext& ctx, uint32_t container_end);

// True when `n` sits in a comment thread (its date and author links are the commenter's).
bool InComments(const dom::Node* n);

// Short lines around the headline that `keep` accepts, nearest first: the text nodes just after
// the article's <h1> (or the container's start when there is no <h1>), then those just before.
std::vector<std::string> NearHeadlineTexts(const Scope& s,
                                           const std::function<bool(std::string_view)>& keep);

// The publication date precedence (metadata_dates.cc): fills date and modified and records
// their sources.
void ResolveDates(const Scope& s, Article* a);

// The author precedence (metadata_authors.cc): fills authors; returns the name of the source
// that gave them ("" when none did). The caller records it (see ResolveMetadata for why).
std::string ResolveAuthors(const Scope& s, std::string_view sitename, Article* a);

}  // namespace newsdesk::metadata::internal
