// Character references (&amp; &#8217; &#x2019; &nbsp) as the WHATWG tokenizer decodes them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newsdesk::html {

// `in` starts just after an '&'. When a reference starts there, appends its UTF-8 to `out` and
// returns how many bytes of `in` it used; otherwise returns 0 and appends nothing (the '&' is
// literal). `in_attribute` applies the spec's rule for legacy references inside attribute values
// ("&copy=1" stays as is).
std::size_t DecodeCharRef(std::string_view in, bool in_attribute, std::string* out);

// Appends the UTF-8 encoding of a code point (surrogates and out-of-range become U+FFFD).
void AppendUtf8(char32_t cp, std::string* out);

}  // namespace newsdesk::html
