// The libxml2 baseline engine for the speed bench: libxml2's HTML parser building its tree.
#pragma once

#include <string>
#include <vector>

namespace newsdesk::bench {

// Parses every page into a libxml2 tree and frees it; returns how many pages gave a root element.
std::size_t Libxml2ParseAll(const std::vector<std::string>& pages);

// "libxml2 2.9.14".
std::string Libxml2Version();

}  // namespace newsdesk::bench
