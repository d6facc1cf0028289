// WARC records from a ByteSource: header lines, a Content-Length block, "\r\n\r\n".
#include <algorithm>
#include <cstring>

#include "input/byte_source.h"
#include "util/byte_buffer.h"
#include "newsdesk/warc.h"

namespace newsdesk {
namespace {

constexpr std::size_t kReadChunk = 1 << 20;
constexpr std::size_t kMaxHeaderLine = 64 * 1024;
constexpr std::size_t kMaxHeaderLines = 256;

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char a = s[i], b = prefix[i];
    if (a >= 'A' && a <= 'Z') a += 32;
    if (b >= 'A' && b <= 'Z') b += 32;
    if (a != b) return false;
  }
  return true;
}

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

class WarcReaderImpl : public WarcReader {
 public:
  WarcReaderImpl(std::unique_ptr<ByteSource> source, const WarcReaderOptions& options)
      : source_(std::move(source)), options_(options) {}

  uint64_t position() const override { return source_->file_position(); }

  bool Next(WarcRecord* r) override {
    bool more = NextRecord(r);
    if (more && !r->status.ok()) last_error_offset_ = r->offset;
    return more;
  }

  bool NextRecord(WarcRecord* r) {
    *r = WarcRecord{};
    // Skip blank lines between records.
    while (true) {
      if (!Ensure(1)) return false;
      char c = buf_[pos_];
      if (c == '\r' || c == '\n') {
        ++pos_;
        continue;
      }
      break;
    }
    r->offset = OffsetOf(base_ + pos_);
    record_start_ = base_ + pos_;
    std::string_view line;
    hit_corruption_ = false;
    auto corrupt = [&] {
      r->status = Status::CorruptInput("record at offset " + std::to_string(r->offset) +
                                       " is damaged: " + corrupt_message_);
      corrupt_message_.clear();
      return true;
    };
    if (!ReadLine(&line) || !StartsWithNoCase(line, "WARC/")) {
      if (hit_corruption_) return corrupt();
      uint64_t at = r->offset;
      std::size_t skipped = Resync();
      // The rest of a record already reported broken: one line per record, not two.
      if (at == last_error_offset_) return NextRecord(r);
      r->status = Status::CorruptInput("no WARC record header at offset " + std::to_string(at) +
                                       "; skipped " + std::to_string(skipped) +
                                       " bytes to the next record");
      return true;
    }
    // Header fields.
    long long content_length = -1;
    for (std::size_t n = 0;; ++n) {
      if (!ReadLine(&line)) {
        if (hit_corruption_) return corrupt();
        r->status = Status::CorruptInput("record at offset " + std::to_string(r->offset) +
                                         " ends inside its header (truncated file)");
        return true;
      }
      std::string_view l = TrimView(line);
      if (l.empty()) break;
      if (n >= kMaxHeaderLines) {
        r->status = Status::CorruptInput("record at offset " + std::to_string(r->offset) +
                                         " has too many header lines");
        Resync();
        return true;
      }
      std::size_t colon = l.find(':');
      if (colon == std::string_view::npos) continue;
      std::string_view name = TrimView(l.substr(0, colon));
      std::string_view value = TrimView(l.substr(colon + 1));
      if (StartsWithNoCase(name, "content-length") && name.size() == 14) {
        content_length = 0;
        for (char c : value) {
          if (c < '0' || c > '9' || content_length > (1LL << 50)) {
            content_length = -1;
            break;
          }
          content_length = content_length * 10 + (c - '0');
        }
      } else if (StartsWithNoCase(name, "warc-type") && name.size() == 9) {
        r->type = value;
      } else if (StartsWithNoCase(name, "warc-target-uri")) {
        r->target_uri = value;
      } else if (StartsWithNoCase(name, "warc-date")) {
        r->date = value;
      } else if (StartsWithNoCase(name, "warc-record-id")) {
        if (value.size() >= 2 && value.front() == '<' && value.back() == '>')
          value = value.substr(1, value.size() - 2);
        r->record_id = value;
      } else if (StartsWithNoCase(name, "content-type") && name.size() == 12) {
        r->content_type = value;
      }
    }
    if (content_length < 0) {
      r->status = Status::CorruptInput("record at offset " + std::to_string(r->offset) +
                                       " has no valid Content-Length");
      Resync();
      return true;
    }
    // The header ran past a corrupt member's end: the record is lost, the next one starts there.
    if (corrupt_at_ != kNoCorruption && record_start_ < corrupt_at_ && base_ + pos_ > corrupt_at_ &&
        corrupt_at_ >= base_) {
      pos_ = static_cast<std::size_t>(corrupt_at_ - base_);
      corrupt_at_ = kNoCorruption;
      return corrupt();
    }
    std::size_t length = static_cast<std::size_t>(content_length);
    if (length > options_.max_record_bytes) {
      std::size_t skipped = Skip(length);
      r->status = Status::LimitExceeded(
          "record at offset " + std::to_string(r->offset) + " is " + std::to_string(length) +
          " bytes; max_record_bytes is " + std::to_string(options_.max_record_bytes));
      if (skipped < length) r->status = Status::CorruptInput("record at offset " + std::to_string(r->offset) + " is clipped");
      ExpectRecordEnd(r);
      return true;
    }
    std::size_t got = ReadBlock(length, &r->block);
    if (got < length) {
      r->status = Status::CorruptInput(
          "record at offset " + std::to_string(r->offset) + " is clipped: Content-Length " +
          std::to_string(length) + ", " + std::to_string(got) + " bytes present" +
          (corrupt_message_.empty() ? "" : " (" + corrupt_message_ + ")"));
      corrupt_message_.clear();
      return true;
    }
    ExpectRecordEnd(r);
    return true;
  }

 private:
  uint64_t OffsetOf(uint64_t uncompressed) {
    if (!source_->compressed()) return uncompressed;
    const auto& members = source_->members();
    uint64_t offset = 0;
    for (const auto& m : members) {
      if (m.uncompressed_start <= uncompressed) offset = m.file_offset;
      else break;
    }
    source_->ForgetMembersBefore(uncompressed);
    return offset;
  }

  // Makes at least `n` bytes available after pos_ unless the data ends (or a corrupt member
  // boundary is reached while `stop_at_corruption`).
  bool Ensure(std::size_t n) {
    while (buf_.size() - pos_ < n) {
      if (pos_ > 0 && pos_ >= buf_.size() / 2) {
        buf_.erase_front(pos_);
        base_ += pos_;
        pos_ = 0;
      }
      std::size_t old = buf_.size();
      buf_.resize(old + kReadChunk);
      std::size_t got = source_->Read(buf_.data() + old, kReadChunk);
      buf_.resize(old + got);
      uint64_t at;
      std::string message;
      if (source_->TakeCorruption(&at, &message)) {
        corrupt_at_ = at;
        corrupt_message_ = message;
      }
      if (got == 0) return buf_.size() - pos_ >= n;
    }
    return true;
  }

  // Bytes available before a corrupt-member boundary (absolute offset), or all of them.
  std::size_t UsableFrom(std::size_t pos) const {
    if (corrupt_at_ == kNoCorruption || base_ + pos > corrupt_at_) return buf_.size() - pos;
    return static_cast<std::size_t>(std::min<uint64_t>(buf_.size() - pos, corrupt_at_ - (base_ + pos)));
  }

  bool ReadLine(std::string_view* line) {
    // Already past a corrupt-member boundary that lies inside this record: what follows the
    // boundary is the next record; go back to it.
    if (corrupt_at_ != kNoCorruption && record_start_ < corrupt_at_ &&
        base_ + pos_ >= corrupt_at_ && corrupt_at_ >= base_) {
      pos_ = static_cast<std::size_t>(corrupt_at_ - base_);
      corrupt_at_ = kNoCorruption;
      hit_corruption_ = true;
      return false;
    }
    std::size_t scanned = 0;
    while (true) {
      const char* start = buf_.data() + pos_ + scanned;
      std::size_t avail = buf_.size() - pos_ - scanned;
      const void* nl = std::memchr(start, '\n', avail);
      if (nl) {
        std::size_t end = static_cast<const char*>(nl) - buf_.data();
        if (corrupt_at_ != kNoCorruption && base_ + pos_ < corrupt_at_ && base_ + end >= corrupt_at_) {
          // The line runs into a skipped corrupt member: what follows is another record.
          pos_ = static_cast<std::size_t>(corrupt_at_ - base_);
          corrupt_at_ = kNoCorruption;
          hit_corruption_ = true;
          return false;
        }
        *line = std::string_view(buf_.data() + pos_, end - pos_);
        pos_ = end + 1;
        return true;
      }
      scanned = buf_.size() - pos_;
      if (scanned > kMaxHeaderLine) return false;
      if (!Ensure(scanned + 1)) {
        // Last line without a newline.
        if (buf_.size() > pos_) {
          *line = std::string_view(buf_.data() + pos_, buf_.size() - pos_);
          pos_ = buf_.size();
          return true;
        }
        return false;
      }
    }
  }

  // Reads the block; stops early at the end of data or at a corrupt gzip member.
  std::size_t ReadBlock(std::size_t length, std::string* out) {
    out->clear();
    out->reserve(std::min<std::size_t>(length, std::size_t{1} << 24));
    while (out->size() < length) {
      if (buf_.size() == pos_ && !Ensure(1)) break;
      if (corrupt_at_ != kNoCorruption && base_ + pos_ >= corrupt_at_) {
        // The record's bytes ran into a corrupt member: resume at the next good data.
        corrupt_at_ = kNoCorruption;
        return out->size();
      }
      std::size_t take = std::min(length - out->size(), UsableFrom(pos_));
      if (take == 0) {
        if (!Ensure(buf_.size() - pos_ + 1)) break;
        continue;
      }
      out->append(buf_.data() + pos_, take);
      pos_ += take;
    }
    return out->size();
  }

  std::size_t Skip(std::size_t length) {
    std::size_t skipped = 0;
    while (skipped < length) {
      if (buf_.size() == pos_) {
        buf_.clear();
        base_ += pos_;
        pos_ = 0;
        if (!Ensure(1)) break;
      }
      std::size_t take = std::min(length - skipped, buf_.size() - pos_);
      pos_ += take;
      skipped += take;
    }
    return skipped;
  }

  // After the block: "\r\n\r\n". Otherwise Content-Length was wrong; the record is flagged and
  // reading resumes at the next record header.
  void ExpectRecordEnd(WarcRecord* r) {
    Ensure(4);
    std::string_view tail(buf_.data() + pos_, std::min<std::size_t>(4, buf_.size() - pos_));
    if (tail == "\r\n\r\n") {
      pos_ += 4;
      return;
    }
    if (tail.empty()) return;  // end of file right after the block: tolerated
    if (r->status.ok()) {
      r->status = Status::CorruptInput("record at offset " + std::to_string(r->offset) +
                                       " does not end where its Content-Length says");
    }
    Resync();
  }

  // Moves to the next line that starts with "WARC/1."; returns the bytes skipped.
  std::size_t Resync() {
    std::size_t skipped = 0;
    // Data after a skipped corrupt gzip member starts a record of its own.
    if (corrupt_at_ != kNoCorruption && corrupt_at_ >= base_ + pos_) {
      uint64_t boundary = corrupt_at_;
      corrupt_at_ = kNoCorruption;
      if (Ensure(static_cast<std::size_t>(boundary - base_ - pos_) + 7)) {
        std::size_t at = static_cast<std::size_t>(boundary - base_);
        if (buf_.view().compare(at, 7, "WARC/1.") == 0) {
          skipped = at - pos_;
          pos_ = at;
          return skipped;
        }
      }
    }
    corrupt_at_ = kNoCorruption;
    if (Ensure(7) && buf_.view().compare(pos_, 7, "WARC/1.") == 0) return 0;
    while (true) {
      if (!Ensure(8)) {
        skipped += buf_.size() - pos_;
        pos_ = buf_.size();
        return skipped;
      }
      std::string_view rest(buf_.data() + pos_, buf_.size() - pos_);
      std::size_t found = rest.find("\nWARC/1.");
      if (found != std::string_view::npos) {
        skipped += found + 1;
        pos_ += found + 1;
        return skipped;
      }
      // Keep the last 8 bytes: a header may straddle the refill.
      std::size_t advance = rest.size() > 8 ? rest.size() - 8 : 0;
      skipped += advance;
      pos_ += advance;
      if (!Ensure(buf_.size() - pos_ + 1)) {
        skipped += buf_.size() - pos_;
        pos_ = buf_.size();
        return skipped;
      }
    }
  }

  static constexpr uint64_t kNoCorruption = ~uint64_t{0};
  std::unique_ptr<ByteSource> source_;
  WarcReaderOptions options_;
  ByteBuffer buf_;
  std::size_t pos_ = 0;
  uint64_t base_ = 0;  // uncompressed offset of buf_[0]
  uint64_t corrupt_at_ = kNoCorruption;
  std::string corrupt_message_;
  bool hit_corruption_ = false;
  uint64_t record_start_ = 0;  // uncompressed offset where the current record began
  uint64_t last_error_offset_ = ~uint64_t{0};
};

}  // namespace

Result<std::unique_ptr<WarcReader>> WarcReader::Open(const std::string& path,
                                                     const WarcReaderOptions& options) {
  Result<std::unique_ptr<ByteSource>> source = ByteSource::Open(path);
  if (!source.ok()) return source.status();
  return std::unique_ptr<WarcReader>(new WarcReaderImpl(std::move(source.value()), options));
}

}  // namespace newsdesk
