// Reading a document's bytes from a file or stdin, gzip inflated transparently: ReadDocument and
// DocumentId (public, newsdesk/io.h), and the inflater they use.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

#include "newsdesk/io.h"
#include "newsdesk/status.h"

namespace newsdesk {

// Inflates gzip (or zlib) data in `compressed`; same failures as ReadDocument.
Result<std::string> Gunzip(std::string_view compressed, std::size_t max_bytes);

}  // namespace newsdesk
