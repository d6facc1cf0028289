// Walking the parts of a text between separators, as views, without copies. Header only.
#pragma once

#include <string_view>
#include <type_traits>

namespace newsdesk {

// Calls fn(part) for each part of `text` between occurrences of `separator`, in order, empty parts
// included ("a||b" split at '|' gives "a", "", "b"; "" gives one empty part). When fn returns a
// bool, false stops the walk; ForEachPart then returns false (else true).
template <class Fn>
bool ForEachPart(std::string_view text, std::string_view separator, Fn&& fn) {
  std::size_t pos = 0;
  while (true) {
    const std::size_t end = separator.empty() ? std::string_view::npos : text.find(separator, pos);
    const std::string_view part =
        end == std::string_view::npos ? text.substr(pos) : text.substr(pos, end - pos);
    if constexpr (std::is_same_v<std::invoke_result_t<Fn&, std::string_view>, bool>) {
      if (!fn(part)) return false;
    } else {
      fn(part);
    }
    if (end == std::string_view::npos) return true;
    pos = end + separator.size();
  }
}

}  // namespace newsdesk
