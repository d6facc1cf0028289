#include "input/file_reader.h"

#include <sys/stat.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

namespace newsdesk {
namespace {

struct FileCloser {
  void operator()(FILE* f) const {
    if (f && f != stdin) std::fclose(f);
  }
};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

Result<std::string> Gunzip(std::string_view compressed, std::size_t max_bytes) {
  std::string out;
  z_stream zs{};
  // 15 + 32: accept gzip and zlib headers.
  if (inflateInit2(&zs, 15 + 32) != Z_OK) return Status::Internal("inflateInit2 failed");
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  zs.avail_in = static_cast<uInt>(compressed.size());
  out.resize(compressed.size() * 4 + 4096);
  std::size_t produced = 0;
  while (true) {
    if (produced == out.size()) {
      if (out.size() >= max_bytes) {
        inflateEnd(&zs);
        return Status::LimitExceeded("inflated data passes " + std::to_string(max_bytes) +
                                     " bytes");
      }
      out.resize(std::min(out.size() * 2, max_bytes));
    }
    zs.next_out = reinterpret_cast<Bytef*>(out.data() + produced);
    zs.avail_out = static_cast<uInt>(out.size() - produced);
    int rc = inflate(&zs, Z_NO_FLUSH);
    produced = out.size() - zs.avail_out;
    if (rc == Z_STREAM_END) {
      // Another gzip member may follow (concatenated .gz files).
      if (zs.avail_in > 0 && zs.next_in[0] == 0x1f) {
        inflateReset(&zs);
        continue;
      }
      break;
    }
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
      inflateEnd(&zs);
      return Status::CorruptInput("gzip data is truncated");
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      std::string msg = zs.msg ? zs.msg : "inflate failed";
      inflateEnd(&zs);
      return Status::CorruptInput("gzip data is corrupt: " + msg);
    }
  }
  inflateEnd(&zs);
  out.resize(produced);
  return out;
}

bool LooksLikeWarc(std::string_view head) {
  return head.size() >= 7 && head.substr(0, 5) == "WARC/" && (head[5] == '1' || head[5] == '0') &&
         head[6] == '.';
}

namespace {

bool IsGzip(std::string_view data) {
  return data.size() >= 2 && static_cast<unsigned char>(data[0]) == 0x1f &&
         static_cast<unsigned char>(data[1]) == 0x8b;
}

// LooksLikeWarc on the start of a file's bytes, inflating the first few when they are gzip.
bool StartsLikeWarc(std::string_view raw) {
  if (!IsGzip(raw)) return LooksLikeWarc(raw);
  char head[8];
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 16) != Z_OK) return false;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(raw.data()));
  zs.avail_in = static_cast<uInt>(std::min<std::size_t>(raw.size(), 1 << 20));
  zs.next_out = reinterpret_cast<Bytef*>(head);
  zs.avail_out = sizeof(head);
  inflate(&zs, Z_SYNC_FLUSH);
  std::size_t made = sizeof(head) - zs.avail_out;
  inflateEnd(&zs);
  return LooksLikeWarc(std::string_view(head, made));
}

Status NotADocument(const std::string& path) {
  return Status::InvalidArgument(path + ": a WARC archive (many documents), not one document");
}

}  // namespace

Result<bool> IsWarcFile(const std::string& path) {
  if (path == "-") return Status::InvalidArgument("IsWarcFile cannot peek at stdin");
  std::unique_ptr<FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    int err = errno;
    if (err == ENOENT) return Status::NotFound(path + ": no such file");
    return Status::IoError(path + ": " + std::strerror(err));
  }
  char buffer[1 << 12];
  std::size_t n = std::fread(buffer, 1, sizeof(buffer), file.get());
  return StartsLikeWarc(std::string_view(buffer, n));
}

Result<std::string> ReadDocument(const std::string& path, std::size_t max_bytes) {
  std::unique_ptr<FILE, FileCloser> file(path == "-" ? stdin : std::fopen(path.c_str(), "rb"));
  if (!file) {
    int err = errno;
    if (err == ENOENT) return Status::NotFound(path + ": no such file");
    return Status::IoError(path + ": " + std::strerror(err));
  }
  std::string data;
  struct stat st;
  if (file.get() != stdin && ::fstat(::fileno(file.get()), &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      return Status::InvalidArgument(path +
                                     ": is a folder, not a file (`newsdesk batch` reads "
                                     "folders)");
    }
    // A regular file's size is known: refuse before reading when it is over the limit (its
    // content, gzip or not, is at least as large), and reserve it up front (growing by doubling
    // would hold up to twice a large page).
    if (S_ISREG(st.st_mode)) {
      auto size = static_cast<std::size_t>(st.st_size);
      if (size > max_bytes) {
        return Status::LimitExceeded(path + ": " + std::to_string(size) + " bytes, larger than " +
                                     std::to_string(max_bytes));
      }
      data.reserve(size);
    }
  }
  char buffer[1 << 16];
  while (true) {
    std::size_t n = std::fread(buffer, 1, sizeof(buffer), file.get());
    if (n > 0) {
      // Compressed input may be far smaller than its content; cap the raw bytes generously.
      if (data.size() + n > max_bytes) {
        return Status::LimitExceeded(path + ": larger than " + std::to_string(max_bytes) +
                                     " bytes");
      }
      bool first = data.empty();
      data.append(buffer, n);
      if (first && StartsLikeWarc(data)) return NotADocument(path);
    }
    if (n < sizeof(buffer)) {
      if (std::ferror(file.get())) return Status::IoError(path + ": read failed");
      break;
    }
  }
  if (IsGzip(data)) {
    Result<std::string> inflated = Gunzip(data, max_bytes);
    if (!inflated.ok())
      return Status(inflated.status().code(),
                    path + ": " + std::string(inflated.status().message()));
    return inflated;
  }
  return data;
}

std::string DocumentId(std::string_view path) {
  std::size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (EndsWith(name, ".gz")) name.remove_suffix(3);
  for (std::string_view ext : {".html", ".htm", ".txt"}) {
    if (EndsWith(name, ext)) {
      name.remove_suffix(ext.size());
      break;
    }
  }
  return std::string(name);
}

}  // namespace newsdesk
