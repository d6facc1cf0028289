// SiteProfile: the lines that repeat across one site's documents (newsletter sign-up blurbs,
// author bios, "Read more" footers, the outlet's name), learned from many of its plain-text
// documents and then stripped from each one in plain-text mode ("corpus mode").
//
// A line is boilerplate for the site when its shape (whitespace collapsed, ASCII lower-cased,
// digits as 0, so "© 2024" and "© 2025" agree) occurs in at least `min_documents` documents and
// in at least `min_share` of them. Learning keeps one count per distinct line, bounded by
// kMaxTrackedLines (rare lines are forgotten first when the bound is reached).
//
// Building (AddDocument, Finish) is not thread-safe; a finished profile is immutable and may be
// shared by any number of threads (ExtractOptions::site_profile).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsdesk/status.h"

namespace newsdesk {

class SiteProfile {
 public:
  struct Options {
    // A line must occur in at least this many documents. Default: 3.
    std::size_t min_documents = 3;
    // ... and in at least this share of the documents. Default: 0.05.
    double min_share = 0.05;
  };
  static constexpr std::size_t kMaxTrackedLines = std::size_t{1} << 21;
  // Lines longer than this are never boilerplate (they are prose). Bytes.
  static constexpr std::size_t kMaxLineBytes = 1000;

  // Learns from one document: plain text, one block per line.
  void AddDocument(std::string_view text);
  // Keeps the lines that pass `options`; call once after the last AddDocument.
  void Finish(const Options& options);

  // Whether `line` (any case and spacing) is boilerplate for this site.
  bool IsBoilerplate(std::string_view line) const;

  std::size_t documents() const { return documents_; }
  std::size_t size() const { return boilerplate_.size(); }
  // The boilerplate lines' shapes and the documents each occurred in, most frequent first.
  std::vector<std::pair<std::string, uint32_t>> Lines() const;

  // A text file: a header line, then "<documents>\t<shape>" per line. Errors as Status.
  Status Save(const std::string& path) const;
  static Result<SiteProfile> Load(const std::string& path);

  // The shape of a line as the profile compares it.
  static std::string Shape(std::string_view line);

 private:
  std::size_t documents_ = 0;
  std::unordered_map<std::string, uint32_t> counts_;       // while learning
  std::unordered_map<std::string, uint32_t> boilerplate_;  // after Finish or Load
};

}  // namespace newsdesk
