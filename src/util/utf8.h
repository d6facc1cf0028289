// UTF-8 validation and repair, and whitespace helpers for text.
#pragma once

#include <string>
#include <string_view>

namespace newsdesk {

// True when `s` is well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF)
// and holds no NUL byte.
bool IsCleanUtf8(std::string_view s);

// Copies `s` to `out`, replacing each ill-formed sequence and each NUL with U+FFFD and dropping a
// leading byte-order mark.
void RepairUtf8(std::string_view s, std::string* out);

// Appends `text` to `out` with runs of ASCII whitespace (and U+00A0) collapsed to one space.
// `pending_space` carries whether a space is owed across calls; no space is written at the very
// start of `out`.
void AppendCollapsed(std::string_view text, std::string* out, bool* pending_space);

}  // namespace newsdesk
