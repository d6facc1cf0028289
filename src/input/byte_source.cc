#include "input/byte_source.h"

#include <libdeflate.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "util/huge_pages.h"

namespace newsdesk {
namespace {
constexpr std::size_t kInputChunk = 1 << 18;
// Members up to this size (compressed and decompressed) are decoded whole.
constexpr std::size_t kMaxFastMember = std::size_t{16} << 20;
// A file that is one gzip member (as gzip writes a whole file) is decoded whole up to this size
// (compressed and decompressed): uci-dev's articles.jsonl.gz, 14 MB -> 49 MB, took 0.25 s through
// zlib's streaming inflate, several times what libdeflate takes.
constexpr std::size_t kMaxSingleMember = std::size_t{256} << 20;
}  // namespace

Result<std::unique_ptr<ByteSource>> ByteSource::Open(const std::string& path) {
  std::unique_ptr<ByteSource> s(new ByteSource());
  if (path == "-") {
    s->file_ = stdin;
  } else {
    s->file_ = std::fopen(path.c_str(), "rb");
    if (!s->file_) {
      int err = errno;
      if (err == ENOENT) return Status::NotFound(path + ": no such file");
      return Status::IoError(path + ": " + std::strerror(err));
    }
    s->owns_file_ = true;
    struct stat st;
    if (fstat(fileno(s->file_), &st) == 0 && S_ISREG(st.st_mode)) s->file_size_ = st.st_size;
  }
  s->FillInput();
  s->gzip_ = s->in_.size() >= 2 && static_cast<unsigned char>(s->in_[0]) == 0x1f &&
             static_cast<unsigned char>(s->in_[1]) == 0x8b;
  if (s->gzip_) {
    if (inflateInit2(&s->zs_, 15 + 16) != Z_OK) return Status::Internal("inflateInit2 failed");
    s->zs_ready_ = true;
  }
  return s;
}

ByteSource::~ByteSource() {
  if (zs_ready_) inflateEnd(&zs_);
  if (deflate_) libdeflate_free_decompressor(deflate_);
  if (owns_file_ && file_) std::fclose(file_);
}

bool ByteSource::FillInput() {
  if (eof_) return false;
  // Keep the unconsumed tail.
  if (in_pos_ > 0) {
    in_file_offset_ += in_pos_;
    in_.erase_front(in_pos_);
    in_pos_ = 0;
  }
  std::size_t old = in_.size();
  in_.resize(old + kInputChunk);
  std::size_t n = std::fread(in_.data() + old, 1, kInputChunk, file_);
  in_.resize(old + n);
  if (n == 0) {
    eof_ = true;
    return false;
  }
  return true;
}

void ByteSource::StartMember() {
  members_.push_back({produced_, in_file_offset_ + in_pos_});
  member_open_ = true;
}

void ByteSource::ForgetMembersBefore(uint64_t offset) {
  // Keep the last member that starts at or before `offset`.
  std::size_t keep = 0;
  while (keep + 1 < members_.size() && members_[keep + 1].uncompressed_start <= offset) ++keep;
  if (keep > 0) members_.erase(members_.begin(), members_.begin() + keep);
}

bool ByteSource::TakeDamage(Damage* damage) {
  if (damage_.empty()) return false;
  *damage = std::move(damage_.front());
  damage_.pop_front();
  return true;
}

std::string_view ByteSource::Peek(std::size_t n) {
  while (peeked_.size() - peeked_pos_ < n) {
    std::size_t old = peeked_.size();
    peeked_.resize(old + (n - (old - peeked_pos_)));
    std::size_t got = ReadDecoded(peeked_.data() + old, peeked_.size() - old);
    peeked_.resize(old + got);
    if (got == 0) break;
  }
  return std::string_view(peeked_).substr(peeked_pos_, n);
}

// Where a member ended and the next bytes are not a gzip header: skips them to the next header
// (or the end of the file) and reports them. False when there is nothing to skip.
bool ByteSource::SkipJunkBeforeMember() {
  if (in_file_offset_ + in_pos_ == 0) return false;  // the first member: checked by Open()
  if (in_.size() - in_pos_ < 3) FillInput();
  if (in_pos_ >= in_.size()) return false;  // the end of the file
  if (in_.size() - in_pos_ >= 3 && static_cast<unsigned char>(in_[in_pos_]) == 0x1f &&
      static_cast<unsigned char>(in_[in_pos_ + 1]) == 0x8b && in_[in_pos_ + 2] == 0x08)
    return false;
  Damage d;
  d.file_offset = in_file_offset_ + in_pos_;
  d.junk = true;
  if (!SkipToNextMember()) in_pos_ = in_.size();
  d.file_bytes = in_file_offset_ + in_pos_ - d.file_offset;
  d.resume_at = produced_;
  d.message = std::to_string(d.file_bytes) + " bytes at offset " + std::to_string(d.file_offset) +
              " are not gzip data (junk between members); skipped";
  damage_.push_back(std::move(d));
  return true;
}

// Decodes the gzip member at in_pos_ whole with libdeflate (several times faster than zlib's
// streaming inflate) into pending_. Gives up, leaving the member to the streaming path, when the
// member is larger than kMaxFastMember (compressed or not; a file of one member, up to
// kMaxSingleMember, is decoded into the size its trailer gives) or does not decode (corrupt or
// truncated: the streaming path reports those). A failed attempt gives its room back.
bool ByteSource::DecodeWholeMember() {
  if (!deflate_) deflate_ = libdeflate_alloc_decompressor();
  if (!deflate_) return false;
  // A file that looks like one member is read whole and decoded into the size its trailer gives
  // (into huge pages where Linux gives them: 49 MB written at once); when it was not one member
  // after all, the first member decodes the same or is left to the streaming path.
  const std::size_t single = SingleMemberSize();
  if (single > 0) ReadWholeFile();
  while (true) {
    if (in_pos_ >= in_.size() && !FillInput()) return false;
    std::size_t avail = in_.size() - in_pos_;
    std::size_t out_size = std::max<std::size_t>(4 * avail + 4096, 1 << 16);
    if (out_size > kMaxFastMember) out_size = kMaxFastMember;
    if (single > 0) out_size = single;
    while (true) {
      pending_.resize(out_size);
      if (single > 0) AdviseHugePages(pending_.data(), out_size);
      std::size_t in_used = 0, out_made = 0;
      libdeflate_result rc = libdeflate_gzip_decompress_ex(
          deflate_, in_.data() + in_pos_, avail, pending_.data(), out_size, &in_used, &out_made);
      if (rc == LIBDEFLATE_SUCCESS) {
        members_.push_back({produced_, in_file_offset_ + in_pos_});
        in_pos_ += in_used;
        file_position_ = in_file_offset_ + in_pos_;
        pending_.resize(out_made);
        pending_pos_ = 0;
        return true;
      }
      if (rc == LIBDEFLATE_INSUFFICIENT_SPACE && single == 0 && out_size < kMaxFastMember) {
        out_size *= 4;
        continue;
      }
      pending_.clear();
      pending_.shrink_to(kMaxFastMember);  // room for a whole file is not kept for nothing
      pending_pos_ = 0;
      if (rc == LIBDEFLATE_INSUFFICIENT_SPACE) return false;
      break;  // bad data: maybe the member goes on past the buffer
    }
    if (single > 0 || avail >= kMaxFastMember || eof_) return false;
    // Read more input so the whole member is at hand, then try again: as much again as is at hand,
    // so that a member too large for this path costs a few attempts, not one per input chunk (a
    // 49 MB member, 14 MB compressed, took 17 attempts that decoded 140 MB between them).
    std::size_t before = in_.size() - in_pos_;
    while (in_.size() - in_pos_ < 2 * before && FillInput()) {
    }
    if (in_.size() - in_pos_ == before) return false;
  }
}

// The decompressed size of the file's one gzip member, when reading is at the start of a regular
// file that looks like one member: its trailer (the last member's size, mod 2^32) is at least the
// file's size (a file of many members, such as a WARC file, ends with a small one) and at most
// kMaxSingleMember, as is the file. 0 otherwise.
std::size_t ByteSource::SingleMemberSize() const {
  if (in_file_offset_ + in_pos_ != 0 || !owns_file_ || file_size_ < 18 ||
      file_size_ > kMaxSingleMember) {
    return 0;
  }
  unsigned char trailer[4];
  if (pread(fileno(file_), trailer, 4, static_cast<off_t>(file_size_ - 4)) != 4) return 0;
  uint64_t size = uint64_t{trailer[0]} | uint64_t{trailer[1]} << 8 | uint64_t{trailer[2]} << 16 |
                  uint64_t{trailer[3]} << 24;
  return size >= file_size_ && size <= kMaxSingleMember ? static_cast<std::size_t>(size) : 0;
}

// Reads the rest of the file into in_ at once (at most kMaxSingleMember bytes: SingleMemberSize).
void ByteSource::ReadWholeFile() {
  std::size_t have = in_.size();
  if (file_size_ <= in_file_offset_ + have) return;
  std::size_t want = static_cast<std::size_t>(file_size_ - in_file_offset_) - have;
  in_.resize(have + want);
  AdviseHugePages(in_.data(), have + want);
  std::size_t got = std::fread(in_.data() + have, 1, want, file_);
  in_.resize(have + got);
}

bool ByteSource::SkipToNextMember() {
  ++in_pos_;
  while (true) {
    while (in_pos_ + 3 <= in_.size()) {
      const void* p = std::memchr(in_.data() + in_pos_, 0x1f, in_.size() - in_pos_);
      if (!p) {
        in_pos_ = in_.size();
        break;
      }
      in_pos_ = static_cast<const char*>(p) - in_.data();
      if (in_pos_ + 3 > in_.size()) break;
      if (static_cast<unsigned char>(in_[in_pos_ + 1]) == 0x8b && in_[in_pos_ + 2] == 0x08) {
        inflateReset(&zs_);
        member_open_ = false;
        return true;
      }
      ++in_pos_;
    }
    if (!FillInput()) return false;
  }
}

std::size_t ByteSource::Read(char* dst, std::size_t n) {
  std::size_t got = 0;
  if (peeked_pos_ < peeked_.size()) {
    got = std::min(n, peeked_.size() - peeked_pos_);
    std::memcpy(dst, peeked_.data() + peeked_pos_, got);
    peeked_pos_ += got;
    if (peeked_pos_ == peeked_.size()) {
      peeked_.clear();
      peeked_pos_ = 0;
    }
  }
  return got + ReadDecoded(dst + got, n - got);
}

void ByteSource::NoteTruncated() {
  if (!member_open_) return;
  Damage d;
  d.resume_at = produced_;
  d.file_offset = members_.empty() ? 0 : members_.back().file_offset;
  d.file_bytes = in_file_offset_ + in_.size() - d.file_offset;
  d.message = "gzip data ends inside a member (truncated file)";
  damage_.push_back(std::move(d));
  member_open_ = false;
}

std::size_t ByteSource::ReadDecoded(char* dst, std::size_t n) {
  if (!gzip_) {
    std::size_t got = 0;
    while (got < n) {
      if (in_pos_ >= in_.size() && !FillInput()) break;
      std::size_t take = std::min(n - got, in_.size() - in_pos_);
      std::memcpy(dst + got, in_.data() + in_pos_, take);
      in_pos_ += take;
      got += take;
    }
    file_position_ = in_file_offset_ + in_pos_;
    produced_ += got;
    return got;
  }
  std::size_t got = 0;
  while (got < n) {
    // Fast path: whole members through libdeflate.
    if (pending_pos_ < pending_.size()) {
      std::size_t take = std::min(n - got, pending_.size() - pending_pos_);
      std::memcpy(dst + got, pending_.data() + pending_pos_, take);
      pending_pos_ += take;
      got += take;
      produced_ += take;
      continue;
    }
    if (!member_open_ && SkipJunkBeforeMember() && got > 0) break;  // hand out the boundary
    if (!member_open_ && DecodeWholeMember()) continue;
    if (in_pos_ >= in_.size() && !FillInput()) {
      NoteTruncated();  // the file ended inside a member (or cleanly between members)
      break;
    }
    if (!member_open_) StartMember();
    zs_.next_in = reinterpret_cast<Bytef*>(in_.data() + in_pos_);
    zs_.avail_in = static_cast<uInt>(in_.size() - in_pos_);
    zs_.next_out = reinterpret_cast<Bytef*>(dst + got);
    zs_.avail_out = static_cast<uInt>(n - got);
    int rc = inflate(&zs_, Z_NO_FLUSH);
    std::size_t used = (in_.size() - in_pos_) - zs_.avail_in;
    std::size_t made = (n - got) - zs_.avail_out;
    in_pos_ += used;
    got += made;
    produced_ += made;
    if (rc == Z_STREAM_END) {
      inflateReset(&zs_);
      member_open_ = false;
      continue;
    }
    if (rc == Z_OK || (rc == Z_BUF_ERROR && made + used > 0)) continue;
    if (rc == Z_BUF_ERROR) {
      // Needs more input.
      if (!FillInput()) {
        NoteTruncated();
        break;
      }
      continue;
    }
    // Z_DATA_ERROR or similar: skip to the next member.
    Damage d;
    d.file_offset = members_.empty() ? 0 : members_.back().file_offset;
    d.message = std::string("corrupt gzip member: ") + (zs_.msg ? zs_.msg : "inflate failed");
    bool more = SkipToNextMember();
    if (!more) in_pos_ = in_.size();
    d.file_bytes = in_file_offset_ + in_pos_ - d.file_offset;
    d.resume_at = produced_;
    damage_.push_back(std::move(d));
    if (!more) break;
    // Hand out what was decoded before the error first, so the caller sees the boundary.
    if (got > 0) break;
  }
  file_position_ = in_file_offset_ + in_pos_;
  return got;
}

}  // namespace newsdesk
