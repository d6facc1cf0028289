// Charset handling: whatever bytes a page arrives in, UTF-8 out.
#pragma once

#include <string>
#include <string_view>

namespace newsdesk {

// The charset a page declares in its first 4 KiB (<meta charset=...> or
// <meta http-equiv="Content-Type" content="...; charset=...">), lower-cased; empty if none.
std::string DeclaredCharset(std::string_view html);

// Decodes `bytes` to clean UTF-8 in `out` (no NUL, no ill-formed sequence). Rules, in order:
// a byte-order mark (UTF-8, UTF-16LE/BE) wins; bytes that are already valid UTF-8 are kept as they
// are (a page that declares windows-1252 but is UTF-8 is common); else the declared charset
// (`hint`, e.g. from HTTP, then <meta>) through iconv; else windows-1252. Returns the charset
// used ("utf-8", "windows-1252", ...). Never fails: undecodable bytes become U+FFFD.
std::string DecodeToUtf8(std::string_view bytes, std::string_view hint, std::string* out);

}  // namespace newsdesk
