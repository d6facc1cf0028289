#include "util/byte_scan.h"

#include <gtest/gtest.h>

#include <string>

namespace newsdesk::scan {
namespace {

// Both paths (SSE2 where the CPU has it, and the portable SWAR one) agree with a plain loop at
// every offset and length, so each byte position in and across 16-byte blocks is covered.
TEST(ByteScan, SimdAndPortablePathsFindTheFirstMatch) {
  std::string text = "plain text with no markup for a while, then <b>&amp; a NUL";
  text.push_back('\0');
  text += " and more text after it <p>";
  for (std::size_t start = 0; start < text.size(); ++start) {
    for (std::size_t end = start; end <= text.size(); ++end) {
      std::size_t expected = start;
      while (expected < end && text[expected] != '<' && text[expected] != '&' &&
             text[expected] != '\0')
        ++expected;
      ASSERT_EQ((FindFirstOf<'<', '&', '\0'>(text.data(), start, end)), expected);
      ASSERT_EQ((FindFirstOfSwar<'<', '&', '\0'>(text.data(), start, end)), expected);
    }
  }
}

}  // namespace
}  // namespace newsdesk::scan
