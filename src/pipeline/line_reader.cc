#include "pipeline/line_reader.h"

#include <zstd.h>

#include <cstdio>
#include <cstring>
#include <vector>

#include "input/byte_source.h"
#include "newsdesk/json.h"

namespace newsdesk {
namespace {

constexpr std::size_t kChunk = 1 << 20;

// Where decompressed bytes come from.
class Chunks {
 public:
  virtual ~Chunks() = default;
  virtual std::size_t Read(char* dst, std::size_t n) = 0;  // 0 at the end
  virtual Status status() const { return Status::Ok(); }
  virtual uint64_t position() const = 0;
  virtual uint64_t size() const = 0;
  // Bytes of data decoded from the first position() bytes of the file.
  virtual uint64_t decoded() const = 0;
};

class GzipOrPlainChunks : public Chunks {
 public:
  explicit GzipOrPlainChunks(std::unique_ptr<ByteSource> source) : source_(std::move(source)) {}
  std::size_t Read(char* dst, std::size_t n) override {
    std::size_t got = source_->Read(dst, n);
    ByteSource::Damage damage;
    while (source_->TakeDamage(&damage)) {
      if (!damage.junk) status_ = Status::CorruptInput(damage.message);
    }
    return got;
  }
  Status status() const override { return status_; }
  uint64_t position() const override { return source_->file_position(); }
  uint64_t size() const override { return source_->file_size(); }
  uint64_t decoded() const override { return source_->bytes_decoded(); }

 private:
  std::unique_ptr<ByteSource> source_;
  Status status_;
};

class ZstdChunks : public Chunks {
 public:
  ZstdChunks(FILE* f, uint64_t size) : f_(f), size_(size), in_(kChunk) { ctx_ = ZSTD_createDCtx(); }
  ~ZstdChunks() override {
    ZSTD_freeDCtx(ctx_);
    std::fclose(f_);
  }
  std::size_t Read(char* dst, std::size_t n) override {
    ZSTD_outBuffer out{dst, n, 0};
    while (out.pos == 0 && status_.ok()) {
      if (pos_ == end_) {
        end_ = std::fread(in_.data(), 1, in_.size(), f_);
        pos_ = 0;
        read_ += end_;
        if (end_ == 0) {
          if (!frame_done_) status_ = Status::CorruptInput("the zstd data is truncated");
          return 0;
        }
      }
      ZSTD_inBuffer in{in_.data(), end_, pos_};
      std::size_t rc = ZSTD_decompressStream(ctx_, &out, &in);
      pos_ = in.pos;
      if (ZSTD_isError(rc)) {
        status_ = Status::CorruptInput(std::string("zstd: ") + ZSTD_getErrorName(rc));
        return 0;
      }
      frame_done_ = rc == 0;
    }
    decoded_ += out.pos;
    return out.pos;
  }
  Status status() const override { return status_; }
  uint64_t position() const override { return read_ - (end_ - pos_); }  // consumed
  uint64_t size() const override { return size_; }
  uint64_t decoded() const override { return decoded_; }

 private:
  FILE* f_;
  uint64_t size_;
  ZSTD_DCtx* ctx_;
  std::vector<char> in_;
  std::size_t pos_ = 0, end_ = 0;
  uint64_t read_ = 0;     // bytes of the file read into in_
  uint64_t decoded_ = 0;  // bytes decompressed
  bool frame_done_ = true;
  Status status_;
};

class ChunkLineReader : public LineReader {
 public:
  explicit ChunkLineReader(std::unique_ptr<Chunks> chunks) : chunks_(std::move(chunks)) {}
  std::string_view Peek(std::size_t n) override {
    while (buffer_.size() < n && Fill()) {
    }
    return std::string_view(buffer_).substr(0, n);
  }
  bool NextLine(std::string_view* line) override {
    for (;;) {
      std::size_t nl = buffer_.find('\n', scan_);
      if (nl != std::string::npos) {
        *line = std::string_view(buffer_).substr(start_, nl - start_);
        start_ = scan_ = nl + 1;
        return true;
      }
      scan_ = buffer_.size();
      if (!Fill()) {
        if (start_ == buffer_.size()) return false;
        *line = std::string_view(buffer_).substr(start_);
        start_ = scan_ = buffer_.size();
        return true;
      }
    }
  }
  Status status() const override { return chunks_->status(); }
  uint64_t file_position() const override { return chunks_->position(); }
  uint64_t file_size() const override { return chunks_->size(); }
  uint64_t bytes_decoded() const override { return chunks_->decoded(); }

 private:
  // Appends a chunk (dropping the lines already handed out); false at the end.
  bool Fill() {
    if (start_ > 0) {
      buffer_.erase(0, start_);
      scan_ -= start_;
      start_ = 0;
    }
    std::size_t old = buffer_.size();
    buffer_.resize(old + kChunk);
    std::size_t got = chunks_->Read(buffer_.data() + old, kChunk);
    buffer_.resize(old + got);
    return got > 0;
  }

  std::unique_ptr<Chunks> chunks_;
  std::string buffer_;
  std::size_t start_ = 0;  // the next line starts here
  std::size_t scan_ = 0;   // no newline before here (from start_)
};

}  // namespace

Result<std::unique_ptr<LineReader>> LineReader::Open(const std::string& path) {
  if (path != "-") {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
      return errno == ENOENT ? Status::NotFound(path + ": no such file")
                             : Status::IoError(path + ": " + std::strerror(errno));
    }
    unsigned char magic[4] = {0, 0, 0, 0};
    std::size_t got = std::fread(magic, 1, 4, f);
    if (got == 4 && magic[0] == 0x28 && magic[1] == 0xB5 && magic[2] == 0x2F && magic[3] == 0xFD) {
      std::fseek(f, 0, SEEK_END);
      uint64_t size = static_cast<uint64_t>(std::ftell(f));
      std::rewind(f);
      return std::unique_ptr<LineReader>(
          new ChunkLineReader(std::make_unique<ZstdChunks>(f, size)));
    }
    std::fclose(f);
  }
  Result<std::unique_ptr<ByteSource>> source = ByteSource::Open(path);
  if (!source.ok()) return source.status();
  return std::unique_ptr<LineReader>(
      new ChunkLineReader(std::make_unique<GzipOrPlainChunks>(std::move(source.value()))));
}

bool LooksLikeArticleJsonl(std::string_view head) {
  std::size_t i = head.find_first_not_of(" \t\r\n");
  if (i == std::string_view::npos || head[i] != '{') return false;
  std::size_t nl = head.find('\n', i);
  if (nl == std::string_view::npos) return head.substr(i, 2) == "{\"";
  return ParseArticleJson(head.substr(i, nl - i)).ok();
}

}  // namespace newsdesk
