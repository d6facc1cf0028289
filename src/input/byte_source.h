// ByteSource: a file's bytes, gunzipped on the fly when they are gzip, read in bounded chunks.
//
// Gzip files may hold many members (one per WARC record); a corrupt member is skipped to the next
// gzip header and reported through TakeDamage(), so one bad member loses one record, not the rest
// of the file. Bytes between two members that are not a gzip header (junk) are skipped and
// reported the same way. Not thread-safe.
#pragma once

#include <libdeflate.h>
#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/status.h"
#include "util/byte_buffer.h"

namespace newsdesk {

class ByteSource {
 public:
  // Opens `path` ("-" is stdin); gzip is detected by its magic bytes.
  static Result<std::unique_ptr<ByteSource>> Open(const std::string& path);
  ~ByteSource();

  // Reads up to `n` bytes into `dst`; 0 at the end of the data.
  std::size_t Read(char* dst, std::size_t n);

  // The next `n` bytes (fewer at the end of the data), left to be read again by Read(): for
  // telling what a stream holds before choosing its reader. Peek before any Read.
  std::string_view Peek(std::size_t n);

  // Bytes consumed from the file so far.
  uint64_t file_position() const { return file_position_; }
  // Bytes of data those bytes of the file gave: handed out, peeked, or decoded ahead (a gzip member
  // decoded whole).
  uint64_t bytes_decoded() const { return produced_ + (pending_.size() - pending_pos_); }
  // The file size when known (0 for pipes).
  uint64_t file_size() const { return file_size_; }
  bool compressed() const { return gzip_; }

  // Gzip members started so far: (uncompressed offset of the member's first byte, its compressed
  // offset in the file). Empty for uncompressed files.
  struct Member {
    uint64_t uncompressed_start;
    uint64_t file_offset;
  };
  const std::vector<Member>& members() const { return members_; }
  // Drops member entries wholly before `uncompressed_offset` (keeps memory bounded).
  void ForgetMembersBefore(uint64_t uncompressed_offset);

  // Bytes of the file that were skipped: a corrupt member (its data up to the damage was handed
  // out), junk between members, or a member cut by the end of the file.
  struct Damage {
    uint64_t resume_at = 0;    // uncompressed offset where the data after the skip begins
    uint64_t file_offset = 0;  // where the skipped bytes start in the file
    uint64_t file_bytes = 0;   // how many bytes of the file were skipped
    bool junk = false;         // between two members: no member's data was lost
    std::string message;       // what was wrong
  };
  // Takes the oldest damage not yet taken, in file order; false when there is none.
  bool TakeDamage(Damage* damage);

 private:
  ByteSource() = default;
  bool FillInput();
  void StartMember();
  bool SkipToNextMember();
  bool DecodeWholeMember();
  std::size_t SingleMemberSize() const;
  void ReadWholeFile();
  bool SkipJunkBeforeMember();
  std::size_t ReadDecoded(char* dst, std::size_t n);
  // At the end of the file: a member still open is damage ("truncated file").
  void NoteTruncated();

  FILE* file_ = nullptr;
  bool owns_file_ = false;
  bool gzip_ = false;
  bool eof_ = false;
  z_stream zs_{};
  bool zs_ready_ = false;
  ByteBuffer in_;                // compressed input buffer
  std::size_t in_pos_ = 0;       // consumed bytes of in_
  uint64_t in_file_offset_ = 0;  // file offset of in_[0]
  uint64_t file_position_ = 0;
  uint64_t file_size_ = 0;
  uint64_t produced_ = 0;  // uncompressed bytes handed out
  bool member_open_ = false;
  std::vector<Member> members_;
  ::libdeflate_decompressor* deflate_ = nullptr;
  ByteBuffer pending_;  // a member decoded whole, not yet handed out
  std::size_t pending_pos_ = 0;
  std::deque<Damage> damage_;
  std::string peeked_;  // bytes Peek() decoded and Read() has not handed out yet
  std::size_t peeked_pos_ = 0;
};

}  // namespace newsdesk
