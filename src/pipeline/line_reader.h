// Lines of a file, streamed: plain, gzip (any number of members) or zstd (any number of frames),
// told by the first bytes. For article JSONL, which can be larger than memory. Not thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "newsdesk/status.h"

namespace newsdesk {

class LineReader {
 public:
  // "-" is stdin. kNotFound / kIoError when the file cannot be opened.
  static Result<std::unique_ptr<LineReader>> Open(const std::string& path);
  virtual ~LineReader() = default;

  // Up to `n` bytes from the start of the data (decompressed), without consuming them. Call
  // before the first NextLine.
  virtual std::string_view Peek(std::size_t n) = 0;
  // The next line without its newline (valid until the next call); false at the end. A last line
  // without a newline is returned too.
  virtual bool NextLine(std::string_view* line) = 0;
  // Not OK when the data was damaged (corrupt gzip or zstd).
  virtual Status status() const = 0;
  // Bytes of the file read so far, and its size (0 when unknown): for progress.
  virtual uint64_t file_position() const = 0;
  virtual uint64_t file_size() const = 0;
  // Bytes of data (decompressed) that the first file_position() bytes of the file gave, whether
  // handed out as lines yet or not.
  virtual uint64_t bytes_decoded() const = 0;
};

// True when `head` (the first bytes of an input) is article JSONL: its first line, after
// whitespace, is a JSON object that ParseArticleJson reads. A line cut by the end of `head`
// counts when it starts with {"
bool LooksLikeArticleJsonl(std::string_view head);

}  // namespace newsdesk
