// A user's search query, translated into a safe FTS5 query. Nothing of the user's text reaches
// FTS5 unquoted: every word becomes a quoted string, so FTS5 syntax (NEAR, column filters, ^,
// parentheses, stray quotes) is searched for as words, never interpreted, and never fails.
//
// The user's syntax: words (all must match), "quoted phrases", word* (prefix), a OR b, -word
// (exclude). Pure functions, thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "newsdesk/status.h"

namespace newsdesk::store {

// Longest query accepted, in bytes, and most terms: a query is typed by a person.
constexpr std::size_t kMaxQueryBytes = 1024;
constexpr int kMaxQueryTerms = 32;

// The FTS5 query, or kInvalidArgument with a message for the user: an empty query, only
// punctuation, only excluded words, an unclosed quote, a dangling OR, too long.
Result<std::string> ToFtsQuery(std::string_view query);

}  // namespace newsdesk::store
