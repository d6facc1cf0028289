// ByteSource: a file's bytes, gunzipped on the fly when they are gzip, read in bounded chunks.
//
// Gzip files may hold many members (one per WARC record); a corrupt member is skipped to the next
// gzip header and reported through TakeCorruption(), so one bad member loses one record, not the
// rest of the file. Not thread-safe.
#pragma once

#include <libdeflate.h>
#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
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

  // Bytes consumed from the file so far.
  uint64_t file_position() const { return file_position_; }
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

  // True once after a corrupt gzip member was skipped; `at` gets the uncompressed offset where
  // the data after the skip begins, `message` what was wrong.
  bool TakeCorruption(uint64_t* at, std::string* message);

 private:
  ByteSource() = default;
  bool FillInput();
  void StartMember();
  bool SkipToNextMember();
  bool DecodeWholeMember();

  FILE* file_ = nullptr;
  bool owns_file_ = false;
  bool gzip_ = false;
  bool eof_ = false;
  z_stream zs_{};
  bool zs_ready_ = false;
  ByteBuffer in_;           // compressed input buffer
  std::size_t in_pos_ = 0;  // consumed bytes of in_
  uint64_t in_file_offset_ = 0;  // file offset of in_[0]
  uint64_t file_position_ = 0;
  uint64_t file_size_ = 0;
  uint64_t produced_ = 0;   // uncompressed bytes handed out
  bool member_open_ = false;
  std::vector<Member> members_;
  ::libdeflate_decompressor* deflate_ = nullptr;
  ByteBuffer pending_;           // a member decoded whole, not yet handed out
  std::size_t pending_pos_ = 0;
  bool corruption_ = false;
  uint64_t corruption_at_ = 0;
  std::string corruption_message_;
};

}  // namespace newsdesk
