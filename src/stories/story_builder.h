// GroupStories with the clustering parameters open, for the tuning tool and tests.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/stories.h"
#include "stories/clustering.h"

namespace newsdesk::stories {

Result<std::vector<Story>> GroupStoriesWith(const std::vector<StoryArticle>& articles,
                                            const StoriesOptions& options,
                                            const ClusterParams& params);

// Days since 1970-01-01 of "YYYY-MM-DD..." (the first ten characters); nullopt when they are not a
// valid date.
std::optional<int> DayNumber(std::string_view date);
// And back.
std::string DayString(int day);

}  // namespace newsdesk::stories
