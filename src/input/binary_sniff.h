// Binary input (images, PDFs, archives, random bytes) told apart from HTML and text, so that it
// is refused rather than extracted as "text".
#pragma once

#include <string_view>

namespace newsdesk {

// What binary format `bytes` are in ("PDF", "PNG image", "zip archive", ...), "unknown binary"
// for bytes with many control characters and no known signature, or empty for text and markup
// (in any charset, UTF-16 included). A page with a few stray control bytes is text. Meant for
// bytes that are not clean UTF-8: callers skip it on clean UTF-8, which is text by definition
// here. Thread-safe.
std::string_view BinaryKind(std::string_view bytes);

}  // namespace newsdesk
