#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>

#include "command.h"

namespace newsdesk::cli {
namespace {

// Asks Linux for transparent huge pages for the whole 2 MB pages inside [data, data + bytes)
// (as src/util/huge_pages.h, which the apps do not include); no effect where it gives none.
void AdviseHugePages(const void* data, std::size_t bytes) {
  constexpr uintptr_t kHugePage = uintptr_t{2} << 20;
  uintptr_t begin = (reinterpret_cast<uintptr_t>(data) + kHugePage - 1) & ~(kHugePage - 1);
  uintptr_t end = (reinterpret_cast<uintptr_t>(data) + bytes) & ~(kHugePage - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
}

}  // namespace

void UseHugePagesForHeap(std::size_t bytes) {
  // A request this large comes from the heap, not its own mapping (32 MB is the most glibc takes);
  // the heap keeps what is freed instead of giving it back (each page given back and taken again
  // is a fault again); and it grows by `bytes` at once, forced here by one such request.
  constexpr int kFromHeapUpTo = 32 << 20;
  if (mallopt(M_MMAP_THRESHOLD, kFromHeapUpTo) == 0) return;
  mallopt(M_TRIM_THRESHOLD, static_cast<int>(std::min<std::size_t>(bytes, INT32_MAX)));
  mallopt(M_TOP_PAD, static_cast<int>(std::min<std::size_t>(bytes, INT32_MAX)));
  const char* before = static_cast<const char*>(sbrk(0));
  void* volatile grow = std::malloc(kFromHeapUpTo / 2);  // volatile: not optimized away
  std::free(grow);
  const char* after = static_cast<const char*>(sbrk(0));
  if (after > before) AdviseHugePages(before, static_cast<std::size_t>(after - before));
}

void PrintError(const std::string& message) {
  std::fprintf(stderr, "newsdesk: %s\n", message.c_str());
}

std::shared_ptr<const SiteProfile> LoadSiteProfile(const std::string& path) {
  auto profile = SiteProfile::Load(path);
  if (!profile.ok()) {
    PrintError(profile.status());
    return nullptr;
  }
  return std::make_shared<const SiteProfile>(std::move(profile.value()));
}

bool WriteStdout(std::string_view bytes) {
  return std::fwrite(bytes.data(), 1, bytes.size(), stdout) == bytes.size();
}

// Room reserved ahead for at most this many articles (1.4 GB of address space, none of it memory
// until written); more grow as they come.
constexpr uint64_t kMaxReservedArticles = uint64_t{1} << 22;

bool ReadStoryArticles(const std::vector<std::string>& inputs, bool progress,
                       std::vector<StoryArticle>* out, ArticleReadCounts* counts) {
  ArticleReadOptions options;
  options.progress = progress;
  // Room for the estimated articles and a quarter more (an estimate from a zstd file's start was
  // 13% short) at once: growing the vector of 175,755 articles step by step wrote 140 MB (each step
  // a new block, each page a page fault) for 56 MB; room never written costs no memory. The array
  // is then read at random (grouping walks it in date order): huge pages for it, where Linux gives
  // them on request (reading uci-dev: 0.71 s -> 0.54 s; ordering it by date: 0.13 s -> 0.05 s).
  options.expected_lines = [out](uint64_t lines) {
    // A hint, never a failure: at most kMaxReservedArticles, and no room when none is to be had.
    lines = std::min(lines, kMaxReservedArticles);
    try {
      out->reserve(out->size() + lines + lines / 4);
    } catch (const std::exception&) {  // std::bad_alloc, std::length_error: grow as lines come
      return;
    }
    AdviseHugePages(out->data(), out->capacity() * sizeof(StoryArticle));
  };
  for (const std::string& input : inputs) {
    Status st = ReadArticleJsonl(
        input, options,
        [&](ArticleRecord&& r) {
          out->push_back(ToStoryArticle(std::move(r.id), std::move(r.article)));
        },
        counts);
    if (!st.ok()) {
      PrintError(st);
      return false;
    }
  }
  return true;
}

bool WriteFileReplacing(const std::string& path, const std::string& bytes) {
  std::error_code error;
  const std::filesystem::file_status status = std::filesystem::status(path, error);
  if (!error && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
    // A device or pipe (/dev/stdout, a terminal, a FIFO): written in place. A temporary file
    // renamed over it would put a file where the device was.
    std::ofstream out(path, std::ios::binary);
    out << bytes;
    out.flush();
    if (!out) PrintError("cannot write " + path);
    return static_cast<bool>(out);
  }
  std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << bytes;
    out.flush();
    if (!out) {
      std::remove(temporary.c_str());
      PrintError("cannot write " + path);
      return false;
    }
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::remove(temporary.c_str());
    PrintError("cannot write " + path);
    return false;
  }
  return true;
}

}  // namespace newsdesk::cli
