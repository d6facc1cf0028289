// Helpers shared by tests.
#pragma once

#include <string>

namespace newsdesk::testing {

// The whole file as bytes; aborts the test binary if it cannot be read.
std::string ReadFileOrDie(const std::string& path);

// A minimal page around `body_html`, with a <title>.
std::string Page(const std::string& title, const std::string& body_html);

}  // namespace newsdesk::testing
