// newsdesk/io.h: documents in, lines out: reading a file or stdin (gzip inflated), naming a
// document, telling plain text from HTML, and writing JSON lines to a plain, gzip or zstd file.
//
// Functions are thread-safe; a LineWriter is used from one thread at a time.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/status.h"

namespace newsdesk {

// Reads the whole file at `path` ("-" for stdin). Gzip data (by its magic bytes, whatever the
// name) is inflated, all members in turn. Fails with kNotFound / kIoError when the file cannot be
// read, kCorruptInput when the gzip data is broken or truncated, kLimitExceeded when the content
// would pass `max_bytes`, and kInvalidArgument when it is a WARC archive (LooksLikeWarc), which
// is many documents, not one: read those with WarcReader (newsdesk/warc.h) or RunBatch.
Result<std::string> ReadDocument(const std::string& path, std::size_t max_bytes);

// True when `head`, the first bytes of an input (gzip inflated), start a WARC record: "WARC/1."
// or "WARC/0.". Needs 7 bytes.
bool LooksLikeWarc(std::string_view head);

// Whether the file at `path` is a WARC archive, by its first bytes (gzip inflated), whatever its
// name. Not for stdin ("-" gives kInvalidArgument: peeking would consume it). Fails with
// kNotFound / kIoError when the file cannot be read.
Result<bool> IsWarcFile(const std::string& path);

// "dir/at.Site_2024.html.gz" -> "at.Site_2024": the file name without ".gz", then without
// ".html", ".htm" or ".txt".
std::string DocumentId(std::string_view path);

// True when `input` reads as plain text rather than HTML (almost no tags in its first 64 KiB):
// what ExtractOptions::input_format kAuto decides.
bool LooksLikePlainText(std::string_view input);

// Where JSON lines go: a plain file, stdout, or a gzip or zstd file chosen by the name's suffix
// (.gz, .zst). Appending (for --resume) adds a new gzip member or zstd frame, which every reader
// of those formats reads as one stream.
class LineWriter {
 public:
  // "-" is stdout. `append` keeps what the file holds. Fails with kIoError when the file cannot
  // be opened.
  static Result<std::unique_ptr<LineWriter>> Open(const std::string& path, bool append);
  virtual ~LineWriter() = default;
  virtual Status Write(std::string_view line) = 0;  // adds the newline; kIoError on failure
  virtual Status Close() = 0;                       // flushes; kIoError when that fails
};

// For --resume: the "source" of every complete line of an uncompressed output file, after
// cutting a trailing partial line (a run killed mid-write). kNotFound when the file is absent.
Result<std::vector<std::string>> ReadDoneSources(const std::string& path);

}  // namespace newsdesk
