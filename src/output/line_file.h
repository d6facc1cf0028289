// LineFile: where a batch run's JSON lines go: a plain file, stdout, or a gzip or zstd file
// chosen by the name's suffix (.gz, .zst). Appending (for --resume) adds a new gzip member or zstd
// frame, which every reader of those formats reads as one stream. Not thread-safe.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/status.h"

namespace newsdesk::output {

class LineFile {
 public:
  // "-" is stdout. `append` keeps what the file holds.
  static Result<std::unique_ptr<LineFile>> Open(const std::string& path, bool append);
  virtual ~LineFile() = default;
  virtual Status Write(std::string_view line) = 0;  // adds the newline
  virtual Status Close() = 0;
};

// For --resume: the "source" of every complete line of an uncompressed output file, after
// cutting a trailing partial line (a run killed mid-write). kNotFound when the file is absent.
Result<std::vector<std::string>> ReadDoneSources(const std::string& path);

}  // namespace newsdesk::output
