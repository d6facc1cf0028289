// WARC records from a ByteSource: header lines, a Content-Length block, "\r\n\r\n".
#include "input/warc_reader.h"

#include <algorithm>
#include <cstring>
#include <deque>

#include "input/byte_source.h"
#include "newsdesk/warc.h"
#include "util/byte_buffer.h"

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
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

// Where the next record header ("WARC/1.x") starts in `s`, or npos: at a line start, or anywhere
// when the version line is whole ("WARC/1.1\r\n"), since a record cut short is followed by the
// next one without a line break. Index 0 counts as a line start when `line_start`. A candidate in
// the last 9 bytes, which cannot be checked yet, counts.
std::size_t FindRecordStart(std::string_view s, bool line_start) {
  for (std::size_t i = s.find("WARC/1."); i != std::string_view::npos;
       i = s.find("WARC/1.", i + 1)) {
    if (i == 0 ? line_start : s[i - 1] == '\n') return i;
    if (i + 10 > s.size()) return i;
    if (s[i + 7] >= '0' && s[i + 7] <= '9' && s[i + 8] == '\r' && s[i + 9] == '\n') return i;
  }
  return std::string_view::npos;
}

class WarcReaderImpl : public WarcReader {
 public:
  WarcReaderImpl(std::unique_ptr<ByteSource> source, const WarcReaderOptions& options)
      : source_(std::move(source)), options_(options) {}

  uint64_t position() const override { return source_->file_position(); }

  bool Next(WarcRecord* r) override {
    *r = WarcRecord{};
    // Skip blank lines between records.
    bool more = true;
    while (true) {
      if (!Ensure(1)) {
        more = false;
        break;
      }
      char c = buf_[pos_];
      if (c == '\r' || c == '\n') {
        ++pos_;
        continue;
      }
      break;
    }
    // Junk between gzip members, reached: a line of its own.
    if (!junk_.empty() && junk_.front().resume_at <= base_ + pos_) {
      r->offset = junk_.front().file_offset;
      r->status = Status::CorruptInput(junk_.front().message);
      junk_.pop_front();
      return true;
    }
    if (!more) return false;
    SetPosition(base_ + pos_, r);
    record_start_ = base_ + pos_;
    const std::string where = WarcRecordPosition(*r);
    std::string_view line;
    hit_corruption_ = false;
    auto corrupt = [&] {
      r->status =
          Status::CorruptInput("record at offset " + where + " is damaged: " + corrupt_message_);
      corrupt_message_.clear();
      return true;
    };
    const bool have_line = ReadLine(&line);
    if (!have_line || !StartsWithNoCase(line, "WARC/")) {
      if (hit_corruption_) return corrupt();
      // A first line ReadLine could not take (no line break within kMaxHeaderLine bytes) is still
      // ahead: Resync must not take its "WARC/1." for a record start, or it stops there for ever.
      std::size_t skipped = Resync(/*line_start=*/have_line);
      r->status = Status::CorruptInput("no WARC record header at offset " + where + "; skipped " +
                                       std::to_string(skipped) + " bytes to the next record");
      return true;
    }
    // Header fields.
    long long content_length = -1;
    for (std::size_t n = 0;; ++n) {
      if (!ReadLine(&line)) {
        if (hit_corruption_) return corrupt();
        r->status = Status::CorruptInput("record at offset " + where +
                                         " ends inside its header (truncated file)");
        return true;
      }
      if (std::size_t w = line.find("WARC/1.");
          w != std::string_view::npos && TrimView(line.substr(w)).size() == 8) {
        // The header was cut (maybe mid-line) and the next record's version line follows: read
        // that record next.
        pos_ = static_cast<std::size_t>(line.data() + w - buf_.data());
        r->status = Status::CorruptInput("record at offset " + where +
                                         " is cut inside its header (another record starts)");
        return true;
      }
      std::string_view l = TrimView(line);
      if (l.empty()) break;
      if (n >= kMaxHeaderLines) {
        r->status =
            Status::CorruptInput("record at offset " + where + " has too many header lines");
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
      r->status =
          Status::CorruptInput("record at offset " + where + " has no valid Content-Length");
      Resync();
      return true;
    }
    // The header ran past a corrupt member's end: the record is lost, the next one starts there.
    if (corrupt_at_ != kNoCorruption && record_start_ < corrupt_at_ && base_ + pos_ > corrupt_at_ &&
        corrupt_at_ >= base_) {
      pos_ = static_cast<std::size_t>(corrupt_at_ - base_);
      NextBreak();
      return corrupt();
    }
    std::size_t length = static_cast<std::size_t>(content_length);
    const bool keep = length <= options_.max_record_bytes;
    std::size_t got = 0;
    BlockEnd end = ReadBlock(length, keep ? &r->block : nullptr, &got);
    if (end == BlockEnd::kMemberEnd) {
      // One member per record: the member's end is the record's end, whatever Content-Length
      // claims. The data is all there (ending with the record's "\r\n\r\n"): keep it.
      if (keep && got > 0) {
        if (std::string_view(r->block).ends_with("\r\n\r\n")) r->block.resize(r->block.size() - 4);
        r->warning = "Content-Length " + std::to_string(length) +
                     " is longer than the record's gzip member (" + std::to_string(got) +
                     " bytes): read to the member's end";
        return true;
      }
      r->status = Status::CorruptInput(
          "record at offset " + where + " does not fit its gzip member: Content-Length " +
          std::to_string(length) + ", " + std::to_string(got) + " bytes in the member");
      r->block.clear();
      return true;
    }
    if (end == BlockEnd::kEndOfData && keep && EndAtNextHeader(r)) return true;
    if (end != BlockEnd::kComplete) {
      r->status = Status::CorruptInput(
          "record at offset " + where + " is clipped: Content-Length " + std::to_string(length) +
          ", " + std::to_string(got) + " bytes present" +
          (corrupt_message_.empty() ? "" : " (" + corrupt_message_ + ")"));
      corrupt_message_.clear();
      // A record cut short may be followed by whole ones: read on after this one's header.
      if (end == BlockEnd::kEndOfData) RereadAfterHeader(&r->block);
      r->block.clear();
      return true;
    }
    if (!keep) {
      r->status = Status::LimitExceeded("record at offset " + where + " is " +
                                        std::to_string(length) + " bytes; max_record_bytes is " +
                                        std::to_string(options_.max_record_bytes));
    }
    ExpectRecordEnd(r);
    return true;
  }

 private:
  // The record's offset in the file (for gzip: its member's, and where it starts in the member).
  void SetPosition(uint64_t uncompressed, WarcRecord* r) {
    record_starts_member_ = false;
    if (!source_->compressed()) {
      r->offset = uncompressed;
      return;
    }
    source_->ForgetMembersBefore(uncompressed);
    for (const auto& m : source_->members()) {
      if (m.uncompressed_start > uncompressed) break;
      r->offset = m.file_offset;
      r->offset_in_member = uncompressed - m.uncompressed_start;
    }
    record_starts_member_ = r->offset_in_member == 0;
  }

  // The first gzip member that starts after `after` (uncompressed), among those decoded so far.
  uint64_t NextMemberStart(uint64_t after) const {
    for (const auto& m : source_->members())
      if (m.uncompressed_start > after) return m.uncompressed_start;
    return kNoCorruption;
  }

  // The current break done with: the next one, if any, takes its place.
  void NextBreak() {
    corrupt_at_ = kNoCorruption;
    if (!breaks_.empty()) {
      corrupt_at_ = breaks_.front().resume_at;
      corrupt_message_ = breaks_.front().message;
      breaks_.pop_front();
    }
  }

  // After a record that did not end where its Content-Length said (too long, or cut short): puts
  // its block back to be read again and moves to the next record header in it or after it, so
  // the record after a damaged one is not lost with it. Not for a record that starts a gzip
  // member: there the next member is the next record, and Resync() from the claimed end finds it.
  void RereadAfterHeader(std::string* block) {
    if (record_starts_member_) {
      Resync();
      return;
    }
    std::string_view tail = *block;
    ByteBuffer rest;
    rest.resize(tail.size() + buf_.size() - pos_);
    std::memcpy(rest.data(), tail.data(), tail.size());
    std::memcpy(rest.data() + tail.size(), buf_.data() + pos_, buf_.size() - pos_);
    base_ = base_ + pos_ - tail.size();
    pos_ = 0;
    buf_ = std::move(rest);
    block->clear();
    Resync();
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
      ByteSource::Damage damage;
      while (source_->TakeDamage(&damage)) {
        if (damage.junk) {
          junk_.push_back(std::move(damage));
        } else {
          breaks_.push_back(std::move(damage));
          if (corrupt_at_ == kNoCorruption) NextBreak();
        }
      }
      if (got == 0) return buf_.size() - pos_ >= n;
    }
    return true;
  }

  // Bytes available before a corrupt-member boundary (absolute offset), or all of them.
  std::size_t UsableFrom(std::size_t pos) const {
    if (corrupt_at_ == kNoCorruption || base_ + pos > corrupt_at_) return buf_.size() - pos;
    return static_cast<std::size_t>(
        std::min<uint64_t>(buf_.size() - pos, corrupt_at_ - (base_ + pos)));
  }

  bool ReadLine(std::string_view* line) {
    // Already past a corrupt-member boundary that lies inside this record: what follows the
    // boundary is the next record; go back to it.
    if (corrupt_at_ != kNoCorruption && record_start_ < corrupt_at_ &&
        base_ + pos_ >= corrupt_at_ && corrupt_at_ >= base_) {
      pos_ = static_cast<std::size_t>(corrupt_at_ - base_);
      NextBreak();
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
        if (corrupt_at_ != kNoCorruption && base_ + pos_ < corrupt_at_ &&
            base_ + end >= corrupt_at_) {
          // The line runs into a skipped corrupt member: what follows is another record.
          pos_ = static_cast<std::size_t>(corrupt_at_ - base_);
          NextBreak();
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

  enum class BlockEnd {
    kComplete,   // all `length` bytes read
    kEndOfData,  // the data ended first
    kDamaged,    // a corrupt gzip member came first; reading goes on after it
    kMemberEnd,  // the record began a gzip member and the next member, which starts a record,
                 // came first: in the one-member-per-record layout the member is the record
  };

  // Reads the block into `out` (or skips it when `out` is null); `got` gets the bytes read.
  BlockEnd ReadBlock(std::size_t length, std::string* out, std::size_t* got) {
    if (out) {
      out->clear();
      out->reserve(std::min<std::size_t>(length, std::size_t{1} << 24));
    }
    std::size_t& done = *got;
    done = 0;
    while (done < length) {
      if (buf_.size() == pos_) {
        if (!out) {  // skipping: nothing before pos_ is needed
          base_ += pos_;
          buf_.clear();
          pos_ = 0;
        }
        if (!Ensure(1)) return BlockEnd::kEndOfData;
      }
      if (corrupt_at_ != kNoCorruption && base_ + pos_ >= corrupt_at_) {
        // The record's bytes ran into a corrupt member: resume at the next good data.
        NextBreak();
        return BlockEnd::kDamaged;
      }
      std::size_t take = std::min(length - done, UsableFrom(pos_));
      if (record_starts_member_) {
        uint64_t member = NextMemberStart(record_start_);
        if (member == base_ + pos_ && Ensure(7) && buf_.view().compare(pos_, 7, "WARC/1.") == 0)
          return BlockEnd::kMemberEnd;
        if (member > base_ + pos_ && member != kNoCorruption)
          take = std::min<uint64_t>(take, member - (base_ + pos_));
      }
      if (take == 0) {
        if (!Ensure(buf_.size() - pos_ + 1)) return BlockEnd::kEndOfData;
        continue;
      }
      if (out) out->append(buf_.data() + pos_, take);
      pos_ += take;
      done += take;
    }
    return BlockEnd::kComplete;
  }

  // Content-Length too long: when the next record's header shows in the block after this
  // record's own "\r\n\r\n", the record is the block up to there (kept, with a warning) and
  // the rest is read again as the next record. False when no header shows.
  bool EndAtNextHeader(WarcRecord* r) {
    std::size_t next = std::string_view(r->block).find("\r\n\r\nWARC/1.");
    if (next == std::string::npos) return false;
    std::string rest = r->block.substr(next + 4);
    r->block.resize(next);
    r->warning = "Content-Length runs " + std::to_string(rest.size() + 4) +
                 " bytes into the next record's header: read to that header";
    RereadAfterHeader(&rest);
    return true;
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
    if (r->status.ok() && EndAtNextHeader(r)) return;
    if (r->status.ok()) {
      r->status = Status::CorruptInput("record at offset " + WarcRecordPosition(*r) +
                                       " does not end where its Content-Length says");
    }
    // Content-Length too long: the next record may start inside the block.
    RereadAfterHeader(&r->block);
    r->block.clear();
  }

  // Moves to the next record header (FindRecordStart) or to data after a skipped corrupt gzip
  // member, whichever comes first; returns the bytes skipped. Scans each byte once. `line_start`:
  // whether the current position starts a line.
  std::size_t Resync(bool line_start = true) {
    std::size_t skipped = 0;
    while (true) {
      // Data after a skipped corrupt gzip member starts a record of its own.
      if (corrupt_at_ != kNoCorruption && corrupt_at_ <= base_ + pos_) {
        NextBreak();
        if (Ensure(7) && buf_.view().compare(pos_, 7, "WARC/1.") == 0) return skipped;
      }
      if (!Ensure(8)) {
        skipped += buf_.size() - pos_;
        pos_ = buf_.size();
        return skipped;
      }
      std::size_t usable = UsableFrom(pos_);
      bool at_break = corrupt_at_ != kNoCorruption && base_ + pos_ + usable == corrupt_at_;
      std::string_view rest(buf_.data() + pos_, usable);
      std::size_t found = FindRecordStart(rest, /*line_start=*/skipped == 0 && line_start);
      // A candidate in the last 9 bytes is checked again after the refill.
      if (found != std::string_view::npos && (found + 10 <= usable || at_break)) {
        skipped += found;
        pos_ += found;
        return skipped;
      }
      // Keep the last 10 bytes: a header may straddle the refill.
      std::size_t keep = at_break ? 0 : 10;
      std::size_t advance = usable > keep ? usable - keep : 0;
      skipped += advance;
      pos_ += advance;
      if (!at_break && !Ensure(buf_.size() - pos_ + 1)) {
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
  uint64_t base_ = 0;                    // uncompressed offset of buf_[0]
  uint64_t corrupt_at_ = kNoCorruption;  // the next break: where data after a skip resumes
  std::string corrupt_message_;
  std::deque<ByteSource::Damage> breaks_;  // breaks after corrupt_at_, in order
  std::deque<ByteSource::Damage> junk_;    // junk between members, each reported once reached
  bool hit_corruption_ = false;
  uint64_t record_start_ = 0;          // uncompressed offset where the current record began
  bool record_starts_member_ = false;  // the current record is the start of a gzip member
};

}  // namespace

std::string WarcRecordPosition(const WarcRecord& record) {
  std::string s = std::to_string(record.offset);
  if (record.offset_in_member != 0) {
    s += '+';  // appended in two steps: "+" + to_string(...) set off g++ 12's -Wrestrict
    s += std::to_string(record.offset_in_member);
  }
  return s;
}

std::unique_ptr<WarcReader> NewWarcReader(std::unique_ptr<ByteSource> source,
                                          const WarcReaderOptions& options) {
  return std::unique_ptr<WarcReader>(new WarcReaderImpl(std::move(source), options));
}

Result<std::unique_ptr<WarcReader>> WarcReader::Open(const std::string& path,
                                                     const WarcReaderOptions& options) {
  Result<std::unique_ptr<ByteSource>> source = ByteSource::Open(path);
  if (!source.ok()) return source.status();
  return std::unique_ptr<WarcReader>(new WarcReaderImpl(std::move(source.value()), options));
}

}  // namespace newsdesk
