#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "newsdesk/io.h"

namespace newsdesk {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

class PlainFile : public LineWriter {
 public:
  explicit PlainFile(FILE* f, bool owned) : f_(f), owned_(owned) {}
  ~PlainFile() override { Close(); }
  Status Write(std::string_view line) override {
    buffer_.append(line);
    buffer_.push_back('\n');
    if (buffer_.size() >= (1 << 16)) return Flush();
    return Status::Ok();
  }
  Status Close() override {
    if (!f_) return Status::Ok();
    Status s = Flush();
    if (owned_ && std::fclose(f_) != 0 && s.ok()) s = Status::IoError("close failed");
    f_ = nullptr;
    return s;
  }

 private:
  Status Flush() {
    if (!buffer_.empty() && std::fwrite(buffer_.data(), 1, buffer_.size(), f_) != buffer_.size())
      return Status::IoError(std::string("write failed: ") + std::strerror(errno));
    buffer_.clear();
    std::fflush(f_);
    return Status::Ok();
  }
  FILE* f_;
  bool owned_;
  std::string buffer_;
};

class GzipFile : public LineWriter {
 public:
  explicit GzipFile(gzFile f) : f_(f) {}
  ~GzipFile() override { Close(); }
  Status Write(std::string_view line) override {
    if (gzwrite(f_, line.data(), static_cast<unsigned>(line.size())) !=
            static_cast<int>(line.size()) ||
        gzputc(f_, '\n') < 0)
      return Status::IoError("gzip write failed");
    return Status::Ok();
  }
  Status Close() override {
    if (!f_) return Status::Ok();
    int rc = gzclose(f_);
    f_ = nullptr;
    return rc == Z_OK ? Status::Ok() : Status::IoError("gzip close failed");
  }

 private:
  gzFile f_;
};

class ZstdFile : public LineWriter {
 public:
  ZstdFile(FILE* f) : f_(f), ctx_(ZSTD_createCCtx()) {
    ZSTD_CCtx_setParameter(ctx_, ZSTD_c_compressionLevel, 3);
  }
  ~ZstdFile() override { Close(); }
  Status Write(std::string_view line) override {
    in_.append(line);
    in_.push_back('\n');
    if (in_.size() >= (1 << 20)) return Compress(ZSTD_e_continue);
    return Status::Ok();
  }
  Status Close() override {
    if (!f_) return Status::Ok();
    Status s = Compress(ZSTD_e_end);
    std::fclose(f_);
    f_ = nullptr;
    ZSTD_freeCCtx(ctx_);
    return s;
  }

 private:
  Status Compress(ZSTD_EndDirective mode) {
    ZSTD_inBuffer input{in_.data(), in_.size(), 0};
    std::string out(ZSTD_CStreamOutSize(), '\0');
    bool done = false;
    while (!done) {
      ZSTD_outBuffer output{out.data(), out.size(), 0};
      size_t left = ZSTD_compressStream2(ctx_, &output, &input, mode);
      if (ZSTD_isError(left)) return Status::IoError(ZSTD_getErrorName(left));
      if (std::fwrite(out.data(), 1, output.pos, f_) != output.pos)
        return Status::IoError("write failed");
      done = mode == ZSTD_e_end ? left == 0 : input.pos == input.size;
    }
    in_.clear();
    return Status::Ok();
  }
  FILE* f_;
  ZSTD_CCtx* ctx_;
  std::string in_;
};

}  // namespace

Result<std::unique_ptr<LineWriter>> LineWriter::Open(const std::string& path, bool append) {
  if (path == "-") return std::unique_ptr<LineWriter>(new PlainFile(stdout, false));
  if (EndsWith(path, ".gz")) {
    gzFile f = gzopen(path.c_str(), append ? "ab" : "wb");
    if (!f) return Status::IoError(path + ": cannot open for writing");
    return std::unique_ptr<LineWriter>(new GzipFile(f));
  }
  FILE* f = std::fopen(path.c_str(), append ? "ab" : "wb");
  if (!f) return Status::IoError(path + ": " + std::strerror(errno));
  if (EndsWith(path, ".zst")) return std::unique_ptr<LineWriter>(new ZstdFile(f));
  return std::unique_ptr<LineWriter>(new PlainFile(f, true));
}

Result<std::vector<std::string>> ReadDoneSources(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Status::NotFound(path + ": no such file");
  if (EndsWith(path, ".gz") || EndsWith(path, ".zst"))
    return Status::InvalidArgument("--resume needs an uncompressed output file");
  std::vector<std::string> sources;
  std::ifstream in(path, std::ios::binary);
  std::string line;
  uint64_t complete_bytes = 0;
  while (std::getline(in, line)) {
    if (in.eof()) break;  // no newline: a partial last line
    auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object() || !j.contains("source")) break;
    sources.push_back(j["source"].get<std::string>());
    complete_bytes += line.size() + 1;
  }
  in.close();
  // Cut whatever follows the last complete line.
  if (std::filesystem::file_size(path, ec) != complete_bytes) {
    if (truncate(path.c_str(), static_cast<off_t>(complete_bytes)) != 0)
      return Status::IoError(path + ": cannot cut the partial last line");
  }
  return sources;
}

}  // namespace newsdesk
