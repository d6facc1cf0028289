// The language of a text, by CLD2 (Debian's libcld2).
#pragma once

#include <string>
#include <string_view>

#include "newsdesk/article.h"

namespace newsdesk::metadata {

// ISO 639-1 code ("en", "de", ...) of UTF-8 text when CLD2 is sure of it; "" otherwise (too
// short, mixed, or unknown). Reads at most the first 2 KiB.
std::string DetectLanguage(std::string_view text);

// The markup's language claim (article->language) checked against the article's `text`: when
// CLD2 is sure of the text's language it wins. With `explain`, Article::sources says so: a new
// ("language", "text (cld2)") entry when the markup named none, or the existing language
// entries rewritten to "text (cld2; markup said xx)" when it named another.
void ReconcileLanguage(std::string_view text, bool explain, Article* article);

}  // namespace newsdesk::metadata
