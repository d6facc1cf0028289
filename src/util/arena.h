// Arena: a bump allocator for one document's nodes, attributes and decoded text.
//
// Everything allocated lives until Reset(), which keeps the largest block so a reused Extractor
// stops allocating once it has seen its biggest page. Not thread-safe; one per Extractor.
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <vector>

namespace newsdesk {

class Arena {
 public:
  explicit Arena(std::size_t first_block_bytes = 64 * 1024)
      : next_block_bytes_(first_block_bytes) {}
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  // Uninitialised memory, aligned for any scalar type.
  void* Allocate(std::size_t bytes, std::size_t align = alignof(std::max_align_t)) {
    std::size_t offset = (used_ + align - 1) & ~(align - 1);
    if (blocks_.empty() || offset + bytes > blocks_.back().size) {
      NewBlock(bytes + align);
      offset = (used_ + align - 1) & ~(align - 1);
    }
    used_ = offset + bytes;
    total_ += bytes;
    return blocks_.back().data.get() + offset;
  }

  // Constructs a trivially destructible T; its destructor is never run.
  template <typename T, typename... Args>
  T* New(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return new (Allocate(sizeof(T), alignof(T))) T{std::forward<Args>(args)...};
  }

  template <typename T>
  T* NewArray(std::size_t n) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    T* p = static_cast<T*>(Allocate(sizeof(T) * (n ? n : 1), alignof(T)));
    for (std::size_t i = 0; i < n; ++i) new (p + i) T();
    return p;
  }

  // Copies bytes into the arena and returns a view of the copy.
  std::string_view Copy(std::string_view s) {
    if (s.empty()) return {};
    char* p = static_cast<char*>(Allocate(s.size(), 1));
    std::memcpy(p, s.data(), s.size());
    return {p, s.size()};
  }

  // Frees everything at once; keeps the largest block for the next document.
  void Reset() {
    if (blocks_.size() > 1) {
      std::size_t largest = 0;
      for (std::size_t i = 1; i < blocks_.size(); ++i)
        if (blocks_[i].size > blocks_[largest].size) largest = i;
      Block keep = std::move(blocks_[largest]);
      blocks_.clear();
      blocks_.push_back(std::move(keep));
    }
    used_ = 0;
    total_ = 0;
  }

  // Bytes handed out since the last Reset().
  std::size_t bytes_used() const { return total_; }

 private:
  struct Block {
    std::unique_ptr<char[]> data;
    std::size_t size;
  };
  void NewBlock(std::size_t min_bytes) {
    std::size_t size = next_block_bytes_ > min_bytes ? next_block_bytes_ : min_bytes;
    blocks_.push_back(Block{std::unique_ptr<char[]>(new char[size]), size});
    used_ = 0;
    next_block_bytes_ = size * 2 > (std::size_t{64} << 20) ? (std::size_t{64} << 20) : size * 2;
  }

  std::vector<Block> blocks_;
  std::size_t used_ = 0;
  std::size_t total_ = 0;
  std::size_t next_block_bytes_;
};

}  // namespace newsdesk
