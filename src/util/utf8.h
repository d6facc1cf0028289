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

// UTF-8 that was read once as windows-1252 or Latin-1 and encoded again ("Investorâ€™s",
// "Investorâ\u0080\u0099s" for "Investor’s"): when every code point of `s` maps back to one byte
// (Latin-1, and windows-1252's 0x80-0x9F characters) and those bytes are clean UTF-8 with at
// least one multi-byte character, returns them; otherwise returns `s` unchanged. A real Latin-1
// text ("Café") does not map back to valid UTF-8, so it is kept.
std::string UndoMojibake(std::string_view s);

// Appends `text` to `out` with runs of ASCII whitespace (and U+00A0) collapsed to one space.
// `pending_space` carries whether a space is owed across calls; no space is written at the very
// start of `out`.
void AppendCollapsed(std::string_view text, std::string* out, bool* pending_space);

}  // namespace newsdesk
