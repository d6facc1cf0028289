// ReadDoneSources (--resume): which lines of an output file count as done, and the cut.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "newsdesk/io.h"
#include "test_util.h"
#include "warc_fixture.h"

namespace newsdesk {
namespace {

using Sources = std::vector<std::string>;

TEST(LineFile, ALastLineWithoutItsNewlineIsNotDoneEvenWhenItParses) {
  // A run killed after writing the 3rd object but before its newline: the object parses, yet
  // the line is not complete, so its page is done again and the bytes are cut.
  const std::string complete =
      "{\"source\":\"a.html\",\"text\":\"A\"}\n"
      "{\"source\":\"b.html\",\"text\":\"B\"}\n";
  std::string path = testing::WriteTempFile("done-no-newline.jsonl",
                                            complete + "{\"source\":\"c.html\",\"text\":\"C\"}");
  auto done = ReadDoneSources(path);
  ASSERT_TRUE(done.ok()) << done.status().message();
  EXPECT_EQ(*done, (Sources{"a.html", "b.html"}));
  EXPECT_EQ(testing::ReadFileOrDie(path), complete);
}

TEST(LineFile, CompleteLinesAreKeptAsTheyAre) {
  const std::string complete = "{\"source\":\"a.html\"}\n{\"source\":\"b.html\"}\n";
  std::string path = testing::WriteTempFile("done-complete.jsonl", complete);
  auto done = ReadDoneSources(path);
  ASSERT_TRUE(done.ok()) << done.status().message();
  EXPECT_EQ(*done, (Sources{"a.html", "b.html"}));
  EXPECT_EQ(testing::ReadFileOrDie(path), complete);
}

}  // namespace
}  // namespace newsdesk
