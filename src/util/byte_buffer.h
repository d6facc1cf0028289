// ByteBuffer: a growable byte array that, unlike std::string::resize, does not zero the bytes it
// adds (they are about to be overwritten by fread or inflate). Not thread-safe.
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>

namespace newsdesk {

class ByteBuffer {
 public:
  char* data() { return data_.get(); }
  const char* data() const { return data_.get(); }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::string_view view() const { return {data_.get(), size_}; }
  char& operator[](std::size_t i) { return data_[i]; }
  char operator[](std::size_t i) const { return data_[i]; }

  // Sets the size; new bytes are uninitialised. Keeps the contents up to min(old, new) size.
  void resize(std::size_t n) {
    if (n > capacity_) Grow(n);
    size_ = n;
  }
  void clear() { size_ = 0; }
  // Drops the first `n` bytes.
  void erase_front(std::size_t n) {
    if (n >= size_) {
      size_ = 0;
      return;
    }
    std::memmove(data_.get(), data_.get() + n, size_ - n);
    size_ -= n;
  }
  // Frees memory above `keep` bytes of capacity (after an unusually large record).
  void shrink_to(std::size_t keep) {
    if (capacity_ <= keep || size_ > keep) return;
    std::unique_ptr<char[]> smaller(new char[keep]);
    std::memcpy(smaller.get(), data_.get(), size_);
    data_ = std::move(smaller);
    capacity_ = keep;
  }

 private:
  void Grow(std::size_t n) {
    std::size_t cap = capacity_ ? capacity_ : 4096;
    while (cap < n) cap *= 2;
    std::unique_ptr<char[]> bigger(new char[cap]);
    if (size_) std::memcpy(bigger.get(), data_.get(), size_);
    data_ = std::move(bigger);
    capacity_ = cap;
  }
  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

}  // namespace newsdesk
