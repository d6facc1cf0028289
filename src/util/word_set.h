// Which of a few lower-case words occur in a string, in one pass: a bitmap of the words' first
// two bytes rules out most positions with one bit test. Immutable after construction; safe to
// share between threads.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace newsdesk {

class WordSet {
 public:
  // At most 32 words, each at least two bytes long.
  WordSet(std::initializer_list<std::string_view> words) : words_(words) {
    for (std::size_t i = 0; i < words_.size() && i < 32; ++i) {
      std::string_view w = words_[i];
      unsigned pair = static_cast<unsigned char>(w[0]) << 8 | static_cast<unsigned char>(w[1]);
      pairs_[pair >> 6] |= uint64_t{1} << (pair & 63);
      by_first_[static_cast<unsigned char>(w[0])] |= uint32_t{1} << i;
    }
  }

  // Bit i is set when word i occurs in `text` (a substring match).
  uint32_t Find(std::string_view text) const {
    uint32_t found = 0;
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
      unsigned pair =
          static_cast<unsigned char>(text[i]) << 8 | static_cast<unsigned char>(text[i + 1]);
      if (((pairs_[pair >> 6] >> (pair & 63)) & 1) == 0) continue;
      for (uint32_t m = by_first_[static_cast<unsigned char>(text[i])] & ~found; m; m &= m - 1) {
        std::string_view w = words_[static_cast<std::size_t>(__builtin_ctz(m))];
        if (text.size() - i >= w.size() && text.compare(i, w.size(), w) == 0) found |= m & (~m + 1);
      }
    }
    return found;
  }

 private:
  std::vector<std::string_view> words_;
  std::array<uint64_t, 1024> pairs_{};
  std::array<uint32_t, 256> by_first_{};
};

}  // namespace newsdesk
