// The language of a text, by CLD2 (Debian's libcld2).
#pragma once

#include <string>
#include <string_view>

namespace newsdesk::metadata {

// ISO 639-1 code ("en", "de", ...) of UTF-8 text when CLD2 is sure of it; "" otherwise (too
// short, mixed, or unknown). Reads at most the first 2 KiB.
std::string DetectLanguage(std::string_view text);

}  // namespace newsdesk::metadata
