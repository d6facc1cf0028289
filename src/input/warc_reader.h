// The WarcReader over an already opened ByteSource (for a stream whose first bytes were peeked
// to tell a WARC from a page, like stdin). The public entry point is WarcReader::Open.
#pragma once

#include <memory>

#include "input/byte_source.h"
#include "newsdesk/warc.h"

namespace newsdesk {

// Reads WARC records from `source`, from its current position. Never fails.
std::unique_ptr<WarcReader> NewWarcReader(std::unique_ptr<ByteSource> source,
                                          const WarcReaderOptions& options = {});

}  // namespace newsdesk
