// Reading a document's bytes from a file or stdin, gzip inflated transparently.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

#include "newsdesk/status.h"

namespace newsdesk {

// Reads the whole file at `path` ("-" for stdin). Gzip data (by its magic bytes, whatever the
// name) is inflated, all members in turn. Fails with kNotFound / kIoError when the file cannot be
// read, kCorruptInput when the gzip data is broken or truncated, kLimitExceeded when the content
// would pass `max_bytes`.
Result<std::string> ReadDocument(const std::string& path, std::size_t max_bytes);

// Inflates gzip (or zlib) data in `compressed`; same failures as ReadDocument.
Result<std::string> Gunzip(std::string_view compressed, std::size_t max_bytes);

// "dir/at.Site_2024.html.gz" -> "at.Site_2024": the file name without ".gz", then without
// ".html", ".htm" or ".txt".
std::string DocumentId(std::string_view path);

}  // namespace newsdesk
