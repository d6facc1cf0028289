// outlets_prose: see outlets_prose.h. The words are in outlets_events.cc (templates, and the
// template language in outlets_events.h); here are the vocabularies that fill the slots, the
// expander, and the plan of an article (which paragraphs, in what order).
//
// Everything is drawn from one splitmix64 generator seeded by the caller, in a fixed order, so a
// seed always gives the same article on every machine.
#include "outlets_prose.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdio>
#include <span>
#include <string_view>
#include <utility>

#include "outlets_events.h"

namespace outlets {
namespace {

// The weekday of `t` in UTC ("Tuesday").
std::string Weekday(time_t t) {
  struct tm tm {};
  gmtime_r(&t, &tm);
  char buf[16];
  std::size_t n = std::strftime(buf, sizeof buf, "%A", &tm);
  return std::string(buf, n);
}

// The name of the month `ahead` months after the one `t` falls in, in UTC ("March").
std::string MonthAhead(time_t t, int ahead) {
  static constexpr const char* kMonths[] = {"January",   "February", "March",    "April",
                                            "May",       "June",     "July",     "August",
                                            "September", "October",  "November", "December"};
  struct tm tm {};
  gmtime_r(&t, &tm);
  return kMonths[(tm.tm_mon + ahead) % 12];
}

// "12,400"
std::string WithCommas(long n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// 2..9 in words, as news style writes small numbers ("three weeks"); other numbers in digits.
std::string SmallNumber(int n) {
  static constexpr const char* kWords[] = {"zero", "one", "two",   "three", "four",
                                           "five", "six", "seven", "eight", "nine"};
  return n >= 0 && n <= 9 ? kWords[n] : std::to_string(n);
}

std::string Ordinal(int n) {
  const char* suffix = "th";
  if (n % 100 < 11 || n % 100 > 13) {
    if (n % 10 == 1) suffix = "st";
    if (n % 10 == 2) suffix = "nd";
    if (n % 10 == 3) suffix = "rd";
  }
  return std::to_string(n) + suffix;
}

class Rng {  // splitmix64
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  int Range(int lo, int hi) { return lo + static_cast<int>(Next() % uint64_t(hi - lo + 1)); }
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(Next() % n); }
  template <class T, std::size_t N>
  const T& Pick(const T (&items)[N]) {
    return items[Next() % N];
  }
  template <class T>
  void Shuffle(std::span<T> items) {
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[Below(i)]);
  }

 private:
  uint64_t state_;
};

// ---------------------------------------------------------------------------------------------
// Vocabularies

struct Town {
  const char* name;
  const char* county;  // reads after "in"
};
constexpr Town kTowns[] = {
    {"Port Calder", "Calder County"},
    {"Eastfield", "Wexmoor County"},
    {"Harlow Bay", "the Harlow district"},
    {"Bramwell", "Northmoor County"},
    {"Ketterby", "the Ketter valley"},
    {"Lindenfall", "Linden County"},
    {"Marston Vale", "Marston County"},
    {"Oakhaven", "the Oak valley"},
    {"Redmere", "Redmere County"},
    {"Southgate Falls", "Southgate County"},
    {"Tamsworth", "the Tam valley"},
    {"Westbrook Junction", "Westbrook County"},
    {"Corran", "the Corran hills"},
    {"Ashby Cross", "Ashby County"},
    {"Glenmoor", "the Glenmoor hills"},
    {"Fairlight", "Fairlight County"},
    {"Dunmore Heights", "Dunmore County"},
    {"Kelso Ridge", "the Kelso uplands"},
    {"Northwick", "Northwick County"},
    {"Pelham Sound", "the Pelham district"},
    {"Carrow Mills", "Carrow County"},
    {"Elmstead", "the Elm valley"},
    {"Halden", "Halden County"},
    {"Rushford", "Rushford County"},
    {"Abbotsley", "Abbot County"},
    {"Brackenridge", "the Bracken hills"},
    {"Castlemere", "Castlemere County"},
    {"Dovecote", "the Dove valley"},
    {"Everleigh", "Everleigh County"},
    {"Foxton Harbour", "the Foxton coast"},
    {"Greyhaven", "Greyhaven County"},
    {"Hollins Green", "the Hollins district"},
    {"Ivybridge Lock", "Ivy County"},
    {"Juniper Flats", "the Juniper plain"},
    {"Kingsmoor", "Kingsmoor County"},
    {"Larkhill", "the Lark valley"},
    {"Millbrook", "Millbrook County"},
    {"New Arden", "Arden County"},
    {"Orchard Hill", "the Orchard district"},
    {"Penrose", "Penrose County"},
    {"Quarry Bank", "the Quarry hills"},
    {"Ravensworth", "Ravensworth County"},
    {"Saltmarsh", "the Salt coast"},
    {"Thornbury", "Thornbury County"},
    {"Upton Cross", "the Upton district"},
    {"Valemouth", "Vale County"},
    {"Whitcombe", "Whitcombe County"},
    {"Yarrow Point", "the Yarrow coast"},
};
constexpr const char* kDistricts[] = {"Riverside",  "Old Town",    "Northgate",   "Elm Park",
                                      "Hillcrest",  "Westbank",    "Millfield",   "Saint Anne's",
                                      "Brookside",  "Greenhill",   "Harbourside", "Station Quarter",
                                      "Canal Side", "Fernhill",    "Kingsgate",   "Meadowbank",
                                      "Priory",     "Southfields", "Tanners Row", "Windmill Hill"};
constexpr const char* kRivers[] = {"Tarrow", "Lune",   "Ember", "Wyre",    "Sable", "Kennet",
                                   "Alder",  "Mossle", "Brae",  "Fennick", "Colne", "Idle",
                                   "Skerry", "Wend",   "Otter", "Marrow"};
constexpr const char* kStreets[] = {
    "Market Street", "Station Road",  "Mill Lane",      "Church Street",
    "Queen's Road",  "Bridge Street", "Victoria Road",  "Castle Street",
    "Long Lane",     "Chapel Row",    "Park Avenue",    "Water Lane",
    "High Street",   "Foundry Road",  "Albert Terrace", "Wharf Road"};
constexpr const char* kFirms[] = {  // owners and developers of anything
    "Harrow & Vane",     "Northlight Group",   "Calloway Holdings", "Brightwater Group",
    "Meridian Partners", "Corvex Holdings",    "Stanhope & Leigh",  "Bluefield Partners",
    "Ardent Group",      "Kestrel Holdings",   "Oakline Group",     "Tessaro Holdings",
    "Greystone Capital", "Wexford & Daughters"};
// 37 first names and 53 last names, both primes: the seven people of an article are picked with
// steps 7 and 11, so they never repeat within an article.
constexpr const char* kFirstNames[] = {
    "Amara",  "Daniel",  "Priya",  "Tomasz", "Grace",   "Oluwaseun", "Megan", "Rafael",
    "Hannah", "Kenji",   "Laura",  "Mateo",  "Siobhan", "Ibrahim",   "Chloe", "Viktor",
    "Aisha",  "Patrick", "Elena",  "Samuel", "Nadia",   "Owen",      "Leila", "Marcus",
    "Ingrid", "Diego",   "Fatima", "Joel",   "Yuki",    "Bridget",   "Anton", "Rosa",
    "Callum", "Mei",     "Gareth", "Zainab", "Felix"};
constexpr const char* kLastNames[] = {
    "Okafor",   "Brennan",    "Sato",       "Lindqvist",  "Moreau",    "Patel",     "Hughes",
    "Kowalski", "Abara",      "Fitzgerald", "Nakamura",   "Delgado",   "Whitfield", "Haddad",
    "Costa",    "Marsh",      "Ferreira",   "Novak",      "Gallagher", "Mensah",    "Rasmussen",
    "Quinlan",  "Oduya",      "Pearce",     "Varga",      "Holloway",  "Castillo",  "Drummond",
    "Ibsen",    "Achterberg", "Blackwood",  "Kaur",       "Lennox",    "Moyo",      "Thornton",
    "Vasquez",  "Yilmaz",     "Ashworth",   "Carmichael", "Dunne",     "Eriksen",   "Fairbairn",
    "Greaves",  "Hartley",    "Iqbal",      "Jansen",     "Kerrigan",  "Lowther",   "Mbeki",
    "Nolan",    "Ostrowski",  "Prentice",   "Rowntree"};
constexpr const char* kJobs[] = {  // with their article: "{resident}, {job} who ..."
    "a retired nurse",
    "a bakery owner",
    "a bus driver",
    "a secondary school teacher",
    "an electrician",
    "a pharmacist",
    "a software developer",
    "a dairy farmer",
    "a taxi driver",
    "a university student",
    "an accountant",
    "a carpenter",
    "a hairdresser",
    "a postal worker",
    "a care worker",
    "a garage mechanic",
    "a retired engineer",
    "a florist",
    "a delivery driver",
    "a midwife",
    "a plumber",
    "a shop assistant",
    "a graphic designer",
    "an estate agent"};
constexpr const char* kInstitutions[] = {"Halden University",
                                         "the Northern Institute of Technology",
                                         "the Centre for Local Government Studies",
                                         "Kestrel College",
                                         "the Institute for Public Finance",
                                         "the Marlow School of Economics",
                                         "Southgate Polytechnic",
                                         "Carrow University",
                                         "the Ashby Institute",
                                         "Greyhaven University",
                                         "the Regional Policy Unit",
                                         "Kingsmoor College"};
constexpr const char* kProducts[] = {"biscuit", "glass",    "paper",     "furniture", "bicycle",
                                     "textile", "ceramics", "packaging", "paint",     "tyre"};
constexpr const char* kEras[] = {"Roman", "Romano-British"};
constexpr const char* kScores[] = {"2-1", "3-1", "3-2", "1-0", "2-0"};

// The slots drawn afresh at each use (outlets_events.h): small choices of wording, so that the
// same sentence does not read word for word the same in every article of its kind.
constexpr std::pair<const char*, const char*> kWordChoices[] = {
    {"said", "[said|said|added|told reporters]"},
    {"about", "[about|around|roughly|some|close to]"},  // before a number
    {"over", "[more than|over]"},
    {"officials", "[officials|council officials|local officials|the authorities]"},
    {"Officials", "[Officials|Council officials|Local officials|The authorities]"},
    {"residents", "[residents|local people|people living nearby|householders]"},
    {"however", "[However,|But|Even so,|Still,]"},
    {"expected", "[expected|due|set]"},  // before "to"
    {"start", "[start|begin|get under way]"},
    {"council", "[the council|the town council|the local authority]"},
    {"Council", "[The council|The town council|The local authority]"},
};

// The slots drawn once an article: its house style.
constexpr std::pair<const char*, const char*> kHouseStyle[] = {
    {"percent", "[percent|per cent]"},
};

// ---------------------------------------------------------------------------------------------
// Expansion

using Slots = std::vector<std::pair<std::string_view, std::string>>;

// Nesting deeper than this (a slot whose value names itself) is written out unexpanded, which
// the server's self-check then refuses.
constexpr int kMaxDepth = 8;

// A [..|..] group: where it closes and where its top-level alternatives start and end.
struct Group {
  std::size_t close = std::string_view::npos;  // index of its ']'; npos when unclosed
  std::array<std::size_t, 17> bounds{};        // bounds[i]: the '[' or '|' before alternative i
  std::size_t count = 0;  // alternatives; past 16 the last holds the rest, '|' and all
};

// The group opening at text[open], in one scan.
Group ScanGroup(std::string_view text, std::size_t open) {
  Group g;
  g.bounds[g.count++] = open;
  int depth = 0;
  for (std::size_t i = open; i < text.size(); ++i) {
    char c = text[i];
    if (c == '[') {
      ++depth;
    } else if (c == ']' && --depth == 0) {
      g.close = i;
      g.bounds[g.count] = i;
      return g;
    } else if (c == '|' && depth == 1 && g.count < g.bounds.size() - 1) {
      g.bounds[g.count++] = i;
    }
  }
  return g;
}

// Appends `text` to `out` with each {slot} filled and one alternative of each [..|..] drawn. An
// unknown slot or an unclosed bracket is written as it is (the self-check finds it).
void Expand(std::string_view text, const Slots& slots, Rng& rng, std::string& out, int depth = 0) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t next = i;
    while (next < text.size() && text[next] != '[' && text[next] != '{') ++next;
    out.append(text.substr(i, next - i));
    if (next == text.size()) return;
    if (text[next] == '[') {
      Group g = ScanGroup(text, next);
      if (g.close == std::string_view::npos || depth >= kMaxDepth) {
        out.append(text.substr(next));
        return;
      }
      std::size_t k = rng.Below(g.count);
      std::size_t from = g.bounds[k] + 1;
      Expand(text.substr(from, g.bounds[k + 1] - from), slots, rng, out, depth + 1);
      i = g.close + 1;
      continue;
    }
    std::size_t close = text.find('}', next);
    if (close == std::string_view::npos || depth >= kMaxDepth) {
      out.append(text.substr(next));
      return;
    }
    std::string_view name = text.substr(next + 1, close - next - 1);
    auto it =
        std::find_if(slots.begin(), slots.end(), [&](const auto& s) { return s.first == name; });
    if (it == slots.end()) {
      out.append(text.substr(next, close - next + 1));
    } else {
      Expand(it->second, slots, rng, out, depth + 1);
    }
    i = close + 1;
  }
}

std::string Expanded(std::string_view text, const Slots& slots, Rng& rng) {
  std::string out;
  out.reserve(text.size() + 64);
  Expand(text, slots, rng, out);
  return out;
}

// ---------------------------------------------------------------------------------------------
// An article

Slots MakeSlots(Rng& rng, const EventKind& kind, time_t published) {
  const Town& town = rng.Pick(kTowns);
  constexpr std::size_t kFirst = std::size(kFirstNames);
  constexpr std::size_t kLast = std::size(kLastNames);
  std::size_t first = rng.Below(kFirst);
  std::size_t last = rng.Below(kLast);
  auto last_name = [&](int j) { return std::string(kLastNames[(last + 11 * j) % kLast]); };
  auto full_name = [&](int j) {
    return kFirstNames[(first + 7 * j) % kFirst] + (" " + last_name(j));
  };
  std::size_t district = rng.Below(std::size(kDistricts));
  char money[32];
  std::snprintf(money, sizeof money, "$%d.%d million", rng.Range(1, 89), rng.Range(1, 9));
  char money2[32];
  std::snprintf(money2, sizeof money2, "$%d.%d million", rng.Range(2, 40), rng.Range(1, 9));
  Slots slots = {
      {"city", town.name},
      {"county", town.county},
      {"district", kDistricts[district]},
      {"district2", kDistricts[(district + 7) % std::size(kDistricts)]},
      {"river", rng.Pick(kRivers)},
      {"street", rng.Pick(kStreets)},
      {"firm", rng.Pick(kFirms)},
      {"weekday", Weekday(published)},
      {"month", MonthAhead(published, rng.Range(2, 7))},
      {"official", full_name(0)},
      {"official_last", last_name(0)},
      {"resident", full_name(1)},
      {"resident_last", last_name(1)},
      {"job", rng.Pick(kJobs)},
      {"expert", full_name(2)},
      {"expert_last", last_name(2)},
      {"expert_org", rng.Pick(kInstitutions)},
      {"voice", full_name(3)},
      {"voice_last", last_name(3)},
      {"voice_job", rng.Pick(kJobs)},
      {"voice_years", std::to_string(rng.Range(10, 55))},
      {"analyst", full_name(4)},
      {"analyst_last", last_name(4)},
      {"analyst_org", rng.Pick(kInstitutions)},
      {"reporter", full_name(5)},
      {"second", full_name(6)},
      {"second_last", last_name(6)},
      {"n1", SmallNumber(rng.Range(2, 9))},
      {"n1b", SmallNumber(rng.Range(2, 6))},
      {"n2", std::to_string(rng.Range(12, 95))},
      {"n3", std::to_string(rng.Range(120, 980))},
      {"n3b", WithCommas(rng.Range(3, 48) * 100)},
      {"n4", WithCommas(rng.Range(12, 480) * 100)},
      {"pct", std::to_string(rng.Range(11, 64))},
      {"pct2", std::to_string(rng.Range(6, 29))},
      {"money", money},
      {"money2", money2},
      {"sum", "$" + WithCommas(rng.Range(12, 98) * 10000)},
      {"year", std::to_string(rng.Range(1952, 2008))},
      {"year2", std::to_string(rng.Range(1960, 1999))},
      {"years", std::to_string(rng.Range(8, 41))},
      {"mins", std::to_string(rng.Range(4, 12) * 5)},
      {"minute", Ordinal(rng.Range(78, 90))},
      {"pop", WithCommas(rng.Range(18, 240) * 1000)},
      {"product", rng.Pick(kProducts)},
      {"era", rng.Pick(kEras)},
      {"score", rng.Pick(kScores)},
      {"topic", kind.topic},
  };
  for (const auto& [name, choices] : kWordChoices) slots.emplace_back(name, choices);
  for (const auto& [name, choices] : kHouseStyle) {
    slots.emplace_back(name, Expanded(choices, slots, rng));
  }
  slots.emplace_back("role", Expanded(kind.role, slots, rng));
  return slots;
}

// Which paragraphs an article has, in order: the lede; three or four of its kind's five own
// paragraphs, in their order; one to three shared ones (a reaction, an analyst, background) put
// anywhere after the first own paragraph, with next steps, when taken, last. Below kMinProse
// characters it takes one more shared group, up to kMaxParagraphs.
std::vector<std::string> MakeParagraphs(Rng& rng, const EventKind& kind, const Slots& slots,
                                        const std::string& lede) {
  // Enough prose for an extractor to take the page for an article (the brief: ~1,500 characters
  // at least, 5-8 paragraphs).
  constexpr std::size_t kMinProse = 1600;
  constexpr std::size_t kMaxParagraphs = 8;
  std::array<int, 5> own = {0, 1, 2, 3, 4};
  rng.Shuffle(std::span<int>(own));
  int keep = rng.Range(3, 4);
  std::sort(own.begin(), own.begin() + keep);
  std::vector<std::string> paragraphs = {lede};
  std::size_t chars = lede.size();
  for (int i = 0; i < keep; ++i) {
    paragraphs.push_back(Expanded(kind.body[own[i]], slots, rng));
    chars += paragraphs.back().size();
  }
  const std::span<const char* const> groups[4] = {kReactions, kAnalyses, kBackgrounds, kNextSteps};
  constexpr int kNextStepsGroup = 3;  // closes the article when taken
  std::array<int, 4> order = {0, 1, 2, 3};
  rng.Shuffle(std::span<int>(order));
  int shared = rng.Range(1, 3);
  bool has_next_steps = false;
  for (int taken = 0; taken < 4; ++taken) {
    if (taken >= shared && (chars >= kMinProse || paragraphs.size() >= kMaxParagraphs)) break;
    std::span<const char* const> group = groups[order[taken]];
    std::string text = Expanded(group[rng.Below(group.size())], slots, rng);
    chars += text.size();
    std::size_t at = paragraphs.size() - (has_next_steps ? 1 : 0);
    if (order[taken] == kNextStepsGroup) {
      has_next_steps = true;
    } else {
      at = 2 + rng.Below(at - 1);  // after the lede and the first own paragraph
    }
    paragraphs.insert(paragraphs.begin() + static_cast<std::ptrdiff_t>(at), std::move(text));
  }
  return paragraphs;
}

}  // namespace

int StoryKinds() { return static_cast<int>(kEventKinds.size()); }

Story MakeStory(uint64_t seed, int kind_index, time_t published, StoryParts parts) {
  Rng rng(seed);
  int kinds = StoryKinds();
  if (kind_index < 0) kind_index = static_cast<int>(rng.Below(static_cast<std::size_t>(kinds)));
  const EventKind& kind = kEventKinds[static_cast<std::size_t>(kind_index % kinds)];
  Slots slots = MakeSlots(rng, kind, published);
  Story story;
  story.published = published;
  story.section = kind.section;
  story.headline = Expanded(kind.headline, slots, rng);
  story.description = Expanded(kind.lede, slots, rng);
  story.author = Expanded("{reporter}", slots, rng);
  if (parts == StoryParts::kAll) {
    story.paragraphs = MakeParagraphs(rng, kind, slots, story.description);
  }
  return story;
}

// The one Russian article (beta's /news/ru1), written here in UTF-8 and sent in windows-1251.
Story RussianStory(time_t published) {
  Story s;
  s.published = published;
  s.section = "Город";
  s.author = "Мария Лебедева";
  s.headline = "В Заречинске после двух лет ремонта открыли пешеходный мост через Светлую";
  s.description =
      "Мост, соединяющий старый центр Заречинска с микрорайоном Луговой, снова открыт для "
      "пешеходов и велосипедистов; ремонт обошёлся в 214 миллионов рублей.";
  s.paragraphs = {
      "В Заречинске после двух лет ремонта вновь открыли пешеходный мост через реку Светлую, "
      "который соединяет исторический центр города с микрорайоном Луговой. По данным городской "
      "администрации, ежедневно по мосту будут проходить около девяти тысяч человек, в том числе "
      "школьники и работники местного машиностроительного завода.",
      "Мост закрыли весной позапрошлого года после того, как инженеры обнаружили трещины в "
      "опорах. Подрядчик заменил пролётные строения, укрепил основания опор и уложил новое "
      "покрытие с подогревом, которое, как обещают специалисты, избавит горожан от наледи зимой. "
      "Стоимость работ составила 214 миллионов рублей, из которых 130 миллионов выделил областной "
      "бюджет.",
      "«Мы понимаем, что два года — это долго, и благодарим жителей за терпение, — сказал на "
      "открытии глава города Андрей Колесников. — Но нам было важно сделать работу один раз и "
      "надолго, а не латать мост каждое лето». По словам мэра, гарантия подрядчика на "
      "конструкции составляет десять лет.",
      "Пока мост был закрыт, жителям Лугового приходилось добираться до центра по автомобильному "
      "мосту в трёх километрах ниже по течению или на временном пароме, который ходил только в "
      "светлое время суток. Пенсионерка Галина Сорокина рассказала, что дорога до поликлиники "
      "занимала у неё больше часа. «Теперь я снова дойду пешком за пятнадцать минут», — сказала "
      "она.",
      "На мосту установили новое освещение, камеры наблюдения и две смотровые площадки с видом на "
      "старую пристань. Вечером в честь открытия на набережной прошёл концерт городского "
      "духового оркестра, а местные художники расписали ограждение у съездов сюжетами из истории "
      "Заречинска.",
      "В администрации отметили, что следующим этапом станет благоустройство набережной на "
      "стороне Лугового: там планируют проложить велодорожку длиной 1,8 километра и высадить "
      "около четырёхсот деревьев. Работы должны начаться в мае и завершиться до конца следующего "
      "года, если область одобрит дополнительное финансирование.",
  };
  return s;
}

}  // namespace outlets
