// Charset handling: whatever bytes a page arrives in, UTF-8 out.
#pragma once

#include <string>
#include <string_view>

namespace newsdesk {

// The charset a page declares in its first 4 KiB (<meta charset=...> or
// <meta http-equiv="Content-Type" content="...; charset=...">), lower-cased; empty if none.
std::string DeclaredCharset(std::string_view html);

// Decodes `bytes` to clean UTF-8 in `out` (no NUL, no ill-formed sequence). Rules, in order:
//   1. a byte-order mark (UTF-8, UTF-16LE/BE) wins;
//   2. bytes that are already clean UTF-8 are kept as they are (a page that declares
//      windows-1252 but is UTF-8 is common); nothing below runs on them;
//   3. the declared charset (`hint`, e.g. from HTTP, else <meta>) when it is UTF-16;
//   4. UTF-16 without a byte-order mark, told by the pattern of zero bytes;
//   5. declared UTF-8 or nothing: mostly UTF-8 with a few broken bytes is repaired; else the
//      charset is detected statistically (uchardet), windows-1252 when detection cannot tell;
//   6. another declared charset through iconv; when many of its bytes do not decode, the
//      detected charset is used instead if it decodes better.
// Returns the charset used ("utf-8", "windows-1252", "koi8-r", ...). Never fails: undecodable
// bytes become U+FFFD. When `note` is given, it says what was done when that was more than
// keeping clean UTF-8 ("declared utf-8 but not valid UTF-8: decoded as windows-1252
// (detected)"), for Article::warnings; empty otherwise.
std::string DecodeToUtf8(std::string_view bytes, std::string_view hint, std::string* out,
                         std::string* note = nullptr);

}  // namespace newsdesk
