// outlets_server: a local HTTP server that plays several news outlets for the crawler's tests and
// its benchmark. Each outlet is its own httplib::Server on 127.0.0.1, on a free port, listening on
// its own thread.
//   outlets_server --ready FILE --log FILE [--bench --hosts N --articles M] [--max-seconds S]
// Fixture mode (the default) plays three outlets: alpha (RSS 2.0, conditional GET, gzip,
// redirects, a loop, a 500 then 200, robots.txt with a disallowed article and a crawl delay),
// beta (robots.txt per user agent, a sitemap index and a gzip'd Google News sitemap, Atom, a 429
// then 200, a windows-1251 page) and gamma (JSON Feed, RSS 1.0, a cut-off RSS, a response that
// stalls, a 50 MB response). Bench mode plays N hosts h00.. with M generated articles each.
// When every outlet listens, FILE gets one line "NAME PORT" per outlet, written atomically
// (FILE.tmp, then rename). The --log file gets one JSON line per request, written and flushed
// when the request arrives, before its handler runs. The server exits with status 0 on SIGTERM or
// SIGINT, or after --max-seconds (default 300).
// Every date in the content is a few minutes or hours before the server's start, in UTC.
#include <httplib.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace {

// Set when the server is asked to stop; long responses (the stall, the 50 MB body) watch it.
std::atomic<bool> g_stopping{false};
// The server's start time; every date in the content is relative to it.
time_t g_start = 0;

// ---------------------------------------------------------------------------------------------
// Text helpers

std::string EscapeHtml(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A JSON string body. '<' is escaped too so the text can sit inside a <script> element; with
// `ascii_only`, bytes >= 0x80 become \u00XX so that a raw request line can never make the log
// invalid UTF-8.
std::string EscapeJson(std::string_view s, bool ascii_only = false) {
  std::string out;
  out.reserve(s.size() + 8);
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (u < 0x20 || c == '<' || (ascii_only && u >= 0x80)) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", u);
      out += buf;
    } else {
      out += c;
    }
  }
  return out;
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

std::string Ordinal(int n) {
  const char* suffix = "th";
  if (n % 100 < 11 || n % 100 > 13) {
    if (n % 10 == 1) suffix = "st";
    if (n % 10 == 2) suffix = "nd";
    if (n % 10 == 3) suffix = "rd";
  }
  return std::to_string(n) + suffix;
}

uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 14695981039346656037ULL;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

// UTF-8 to windows-1251: the Cyrillic block and the few punctuation marks our Russian text uses.
// Anything else becomes '?' (the startup self-check makes sure nothing does).
std::string ToWindows1251(std::string_view utf8, int* unmapped) {
  std::string out;
  std::size_t i = 0;
  while (i < utf8.size()) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    uint32_t cp = c;
    int len = 1;
    if (c >= 0xE0 && i + 2 < utf8.size()) {
      cp = ((c & 0x0Fu) << 12) | ((utf8[i + 1] & 0x3Fu) << 6) | (utf8[i + 2] & 0x3Fu);
      len = 3;
    } else if (c >= 0xC0 && i + 1 < utf8.size()) {
      cp = ((c & 0x1Fu) << 6) | (utf8[i + 1] & 0x3Fu);
      len = 2;
    }
    i += static_cast<std::size_t>(len);
    int byte = -1;
    if (cp < 0x80) byte = static_cast<int>(cp);
    if (cp >= 0x410 && cp <= 0x44F) byte = static_cast<int>(cp - 0x410 + 0xC0);
    if (cp == 0x401) byte = 0xA8;                             // Ё
    if (cp == 0x451) byte = 0xB8;                             // ё
    if (cp == 0x2116) byte = 0xB9;                            // №
    if (cp == 0x2013) byte = 0x96;                            // en dash
    if (cp == 0x2014) byte = 0x97;                            // em dash
    if (cp == 0xA0 || cp == 0xA9 || cp == 0xAB || cp == 0xBB  // nbsp © « »
        || cp == 0xB7) {                                      // middle dot
      byte = static_cast<int>(cp);
    }
    if (byte < 0) {
      byte = '?';
      if (unmapped != nullptr) ++*unmapped;
    }
    out += static_cast<char>(byte);
  }
  return out;
}

// Whole input as one gzip member (zlib, best compression). Empty on failure.
std::string Gzip(std::string_view in) {
  z_stream zs{};
  if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    return {};
  }
  std::string out(deflateBound(&zs, in.size()), '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return rc == Z_STREAM_END ? out : std::string();
}

// ---------------------------------------------------------------------------------------------
// Time

std::string FormatUtc(time_t t, const char* format) {
  struct tm tm {};
  gmtime_r(&t, &tm);
  char buf[96];
  std::size_t n = std::strftime(buf, sizeof buf, format, &tm);
  return std::string(buf, n);
}
std::string Rfc822(time_t t) { return FormatUtc(t, "%a, %d %b %Y %H:%M:%S +0000"); }
std::string HttpDate(time_t t) { return FormatUtc(t, "%a, %d %b %Y %H:%M:%S GMT"); }
std::string Rfc3339(time_t t) { return FormatUtc(t, "%Y-%m-%dT%H:%M:%SZ"); }
std::string HumanDate(time_t t) { return FormatUtc(t, "%-d %B %Y, %H:%M UTC"); }

// An HTTP date (IMF-fixdate) as seconds since the epoch; -1 when it does not parse.
time_t ParseHttpDate(const std::string& s) {
  struct tm tm {};
  const char* end = strptime(s.c_str(), "%a, %d %b %Y %H:%M:%S", &tm);
  if (end == nullptr) return -1;
  return timegm(&tm);
}

double WallSeconds() {
  auto now = std::chrono::system_clock::now().time_since_epoch();
  return std::chrono::duration<double>(now).count();
}

// ---------------------------------------------------------------------------------------------
// Invented news prose: templates with {slots} and vocabularies, filled from a seeded generator, so
// that (seed, kind) always gives the same article and different seeds give different events.

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
  template <class T, std::size_t N>
  const T& Pick(const T (&items)[N]) {
    return items[Next() % N];
  }

 private:
  uint64_t state_;
};

struct Town {
  const char* name;
  const char* county;  // reads after "in"
};
constexpr Town kTowns[] = {
    {"Port Calder", "Calder County"},      {"Eastfield", "Wexmoor County"},
    {"Harlow Bay", "the Harlow district"}, {"Bramwell", "Northmoor County"},
    {"Ketterby", "the Ketter valley"},     {"Lindenfall", "Linden County"},
    {"Marston Vale", "Marston County"},    {"Oakhaven", "the Oak valley"},
    {"Redmere", "Redmere County"},         {"Southgate Falls", "Southgate County"},
    {"Tamsworth", "the Tam valley"},       {"Westbrook Junction", "Westbrook County"},
    {"Corran", "the Corran hills"},        {"Ashby Cross", "Ashby County"},
    {"Glenmoor", "the Glenmoor hills"},    {"Fairlight", "Fairlight County"},
    {"Dunmore Heights", "Dunmore County"}, {"Kelso Ridge", "the Kelso uplands"},
    {"Northwick", "Northwick County"},     {"Pelham Sound", "the Pelham district"},
    {"Carrow Mills", "Carrow County"},     {"Elmstead", "the Elm valley"},
    {"Halden", "Halden County"},           {"Rushford", "Rushford County"},
};
constexpr const char* kDistricts[] = {"Riverside", "Old Town",  "Northgate",   "Elm Park",
                                      "Hillcrest", "Westbank",  "Millfield",   "Saint Anne's",
                                      "Brookside", "Greenhill", "Harbourside", "Station Quarter"};
constexpr const char* kRivers[] = {"Tarrow", "Lune",  "Ember",  "Wyre", "Sable",
                                   "Kennet", "Alder", "Mossle", "Brae", "Fennick"};
// 31 first names and 43 last names: people in one article are picked with steps 7 and 11, which
// share no factor with the list sizes, so they never repeat within an article.
constexpr const char* kFirstNames[] = {
    "Amara",  "Daniel",  "Priya",  "Tomasz", "Grace",   "Oluwaseun", "Megan", "Rafael",
    "Hannah", "Kenji",   "Laura",  "Mateo",  "Siobhan", "Ibrahim",   "Chloe", "Viktor",
    "Aisha",  "Patrick", "Elena",  "Samuel", "Nadia",   "Owen",      "Leila", "Marcus",
    "Ingrid", "Diego",   "Fatima", "Joel",   "Yuki",    "Bridget",   "Anton"};
constexpr const char* kLastNames[] = {
    "Okafor",   "Brennan",    "Sato",       "Lindqvist",  "Moreau",    "Patel",     "Hughes",
    "Kowalski", "Abara",      "Fitzgerald", "Nakamura",   "Delgado",   "Whitfield", "Haddad",
    "Costa",    "Marsh",      "Ferreira",   "Novak",      "Gallagher", "Mensah",    "Rasmussen",
    "Quinlan",  "Oduya",      "Pearce",     "Varga",      "Holloway",  "Castillo",  "Drummond",
    "Ibsen",    "Achterberg", "Blackwood",  "Kaur",       "Lennox",    "Moyo",      "Thornton",
    "Vasquez",  "Yilmaz",     "Ashworth",   "Carmichael", "Dunne",     "Eriksen",   "Fairbairn",
    "Greaves"};
constexpr const char* kJobs[] = {
    "retired nurse", "bakery owner",       "bus driver",         "secondary school teacher",
    "electrician",   "pharmacist",         "software developer", "dairy farmer",
    "taxi driver",   "university student", "accountant",         "carpenter",
    "hairdresser",   "postal worker",      "care worker",        "garage mechanic"};
constexpr const char* kInstitutions[] = {"Halden University",
                                         "the Northern Institute of Technology",
                                         "the Centre for Local Government Studies",
                                         "Kestrel College",
                                         "the Institute for Public Finance",
                                         "the Marlow School of Economics",
                                         "Southgate Polytechnic",
                                         "Carrow University"};
constexpr const char* kProducts[] = {"biscuit", "glass",   "paper",   "furniture",
                                     "bicycle", "textile", "ceramics"};
constexpr const char* kEras[] = {"Roman", "Bronze Age", "medieval", "Iron Age"};
constexpr const char* kScores[] = {"2-1", "3-1", "3-2", "1-0", "2-0"};

// One kind of event: its headline, lede and three body paragraphs. Slots: {city} {county}
// {district} {district2} {river} {weekday} (of the publication date) {official} {official_last}
// {role} {resident} {resident_last} {job} {expert} {expert_last} {expert_org} {voice}
// {voice_last} {voice_job} {voice_years} {analyst} {analyst_last} {analyst_org} {n1} (2-9) {n1b}
// {n2} (12-95) {n3} (120-980) {n3b} {n4} (1,200-48,000) {pct} {pct2} {money} {year} {year2}
// {years} {mins} {minute} {pop} {product} {era} {score} {topic}.
struct EventKind {
  const char* section;
  const char* role;   // the official quoted in the story
  const char* topic;  // a noun phrase for the shared paragraphs
  const char* headline;
  const char* lede;
  const char* body[3];
};

constexpr EventKind kKinds[] = {
    {"Transport",
     "the county's chief highways engineer",
     "the bridge closure",
     "{city} closes {river} Street bridge for {n1} weeks after inspectors find corroded cables",
     "Engineers in {city} shut the {river} Street bridge to all traffic on {weekday} after a "
     "routine inspection found corrosion on {n2} of the steel cables that hold up its main span, "
     "forcing about {n4} daily drivers onto detours that officials warned could add half an hour "
     "to a commute.",
     {"{official}, {role}, said the damage had been found during an ultrasound survey carried out "
      "every two years. \"We are not prepared to gamble with anyone's safety,\" {official_last} "
      "told reporters at the foot of the bridge. \"The cables are not about to fail, but we cannot "
      "certify them, and a bridge we cannot certify is a bridge we close.\"",
      "The crossing, opened in {year}, carries the main road between the {district} district and "
      "the town centre. Repairs are expected to cost about {money}, which the county says it will "
      "cover from an emergency maintenance fund before applying to the regional government for a "
      "partial refund. Contractors are due on site within days.",
      "Bus operators said two routes would be diverted over the old ferry road, and the county "
      "added {n1} temporary traffic lights at junctions along the detour. Pedestrians and cyclists "
      "will be able to use a narrow footway on the bridge's western side during daylight hours, "
      "under the supervision of marshals."}},
    {"Local",
     "the chair of the {city} water board",
     "the rate increase",
     "{city} water bills to rise {pct}% as board approves {money} pipe replacement plan",
     "Households in {city} will pay {pct} percent more for their water from next spring after the "
     "municipal water board voted {n1} to 2 on {weekday} to fund the replacement of {n3} "
     "kilometres of cast-iron pipes, some of which were laid before {year}.",
     {"{official}, {role}, said the board had delayed the decision for as long as it responsibly "
      "could. \"Every winter we repair more bursts than the year before,\" {official_last} said. "
      "\"We lose close to a fifth of the water we treat before it reaches a tap. Patching the "
      "network is now costing us more than replacing it.\"",
      "Under the plan, the typical household bill will rise by about {n2} dollars a quarter. The "
      "board agreed to expand a discount scheme for low-income customers, which currently helps "
      "about {n4} accounts, and to publish a street-by-street schedule of works so that residents "
      "know when their road will be dug up.",
      "Two board members who voted against the increase argued that the utility should have "
      "sought cheaper loans from the state infrastructure bank before turning to customers, and "
      "said they would ask the city's auditor to review the utility's overheads before the new "
      "charges take effect."}},
    {"Culture",
     "the city's head librarian",
     "the library's reopening",
     "{city}'s central library reopens after {n1b}-year renovation with a rooftop reading garden",
     "The central library in {city} reopened its doors on {weekday} after a {n1b}-year renovation "
     "that doubled its study space, added a rooftop reading garden and a recording studio, and "
     "restored a reading room that had been closed to the public since a roof leak in {year}.",
     {"More than {n3} people passed through the entrance in the first two hours, according to "
      "staff counting visitors at the door. {official}, {role}, said the queue had started forming "
      "before seven in the morning. \"People brought flasks of coffee,\" {official_last} said. \"I "
      "have worked here for twenty years and I have never seen anything like it.\"",
      "The project cost {money}, about a tenth more than budgeted, with the overrun blamed on "
      "asbestos found behind the old shelving. A private donation covered part of the cost of the "
      "garden, which is planted with species chosen to attract bees and will host storytelling "
      "sessions for children on summer weekends.",
      "The library will now open seven days a week, with late opening until nine in the evening "
      "on weekdays. Its collection has grown to about {n4} items, including a new section of books "
      "in the {n1} languages most commonly spoken in the city's schools, and laptops can be "
      "borrowed for up to a week with a library card."}},
    {"Business",
     "the port authority's operations director",
     "the strike",
     "Dockworkers at {city} port begin {n1}-day strike over shift patterns, stranding {n2} ships",
     "Around {n3} dockworkers at the port of {city} walked out at dawn on {weekday}, beginning a "
     "{n1}-day strike over new shift patterns that their union says would cut rest breaks and "
     "force members to work more nights, leaving {n2} cargo ships waiting at anchor off the "
     "coast.",
     {"Pickets gathered at the main gate with banners and a brazier as lorries were turned away. "
      "{resident}, a crane operator who has worked at the port for {years} years, said the dispute "
      "was about safety as much as pay. \"You cannot operate a forty-tonne lift safely on your "
      "fourth night in a row,\" {resident_last} said.",
      "{official}, {role}, said the new rota had been designed to cope with larger vessels "
      "arriving at less predictable times and that the company had offered a bonus worth {money} "
      "across the workforce. \"Our door remains open,\" {official_last} said in a statement, "
      "adding that perishable cargo would be diverted to other ports.",
      "The port handles about {pct} percent of the region's container imports, and business "
      "groups warned that supermarkets and car plants could feel the effects within a week. "
      "Shipping agents said some vessels had already been rerouted, adding several days to their "
      "journeys and fuel bills that are usually passed on to customers."}},
    {"Emergencies",
     "the regional fire service's incident commander",
     "the fire",
     "Wildfire near {city} forces {n3} households to evacuate as crews battle strong winds",
     "A wildfire that broke out in dry scrubland north of {city} on {weekday} afternoon had "
     "burned across about {n4} acres by nightfall, forcing the evacuation of {n3} households in "
     "the {district} area as gusts of up to {n2} kilometres an hour pushed the flames toward the "
     "edge of town.",
     {"{official}, {role}, said {n2} crews and {n1} water-bombing aircraft were working to hold "
      "the fire along a highway that serves as a natural firebreak. The fire was {pct} percent "
      "contained by late evening. \"The next twelve hours are critical,\" {official_last} said. "
      "\"If the wind drops as forecast, we expect to make real progress.\"",
      "Evacuees were directed to a reception centre at a secondary school, where volunteers "
      "handed out blankets and hot meals. {resident}, a {job} who left home with two dogs and a "
      "box of family photographs, said the glow had been visible from the kitchen window for an "
      "hour. \"It looked like the sunset was in the wrong place,\" {resident_last} said.",
      "No injuries had been reported. The cause of the fire is under investigation, although "
      "officials noted that the area had received less than a third of its usual rainfall since "
      "spring. A total fire ban remains in place across the county, and residents were urged not "
      "to return home until the all-clear is given."}},
    {"Education",
     "the chair of the {city} school board",
     "the later start",
     "{city} secondary schools to start {mins} minutes later after board vote on teenage sleep",
     "Secondary schools in {city} will start their day {mins} minutes later from September after "
     "the school board voted on {weekday} to follow research suggesting teenagers learn better "
     "when they are allowed to sleep in, a change that will affect about {n4} pupils across {n2} "
     "schools.",
     {"{official}, {role}, said the board had received more than {n3} written submissions, the "
      "most on any issue in a decade. \"Parents told us about children who are exhausted by the "
      "second lesson,\" {official_last} said. \"The evidence from districts that made this change "
      "is strong enough that we felt we had to act.\"",
      "The change will require the district to redraw its bus timetables, and officials estimate "
      "it will cost about {money} a year, mostly in extra drivers' hours. Sports clubs raised "
      "concerns that afternoon training would run into darkness in winter, and the board agreed "
      "to fund floodlights at {n1} playing fields.",
      "{resident}, a {job} with two children at {district} High, said the family's mornings had "
      "become a battle. \"If this means one less argument at seven o'clock, I am all for it,\" "
      "{resident_last} said. Some working parents, however, said they would now struggle to drop "
      "children off before the start of their own shifts."}},
    {"Environment",
     "the head of the county planning committee",
     "the solar farm",
     "Planners approve {n3}-acre solar farm outside {city} despite objections from farmers",
     "County planners on {weekday} approved a {n3}-acre solar farm on former grazing land outside "
     "{city}, a project its developer says will generate enough electricity for about {n4} "
     "homes, overruling objections from neighbouring farmers who argued that good agricultural "
     "land should not be covered with panels.",
     {"{official}, {role}, said the committee had imposed {n2} conditions on the scheme, "
      "including hedgerow planting to screen the panels from nearby roads and a requirement that "
      "sheep be allowed to graze between the rows. \"This is not a choice between food and "
      "energy,\" {official_last} said. \"Done properly, the land can do both.\"",
      "The developer expects construction to take about {n1} months and to cost {money}. It has "
      "agreed to pay into a community fund every year for the lifetime of the project, to be "
      "spent by a panel of local residents on projects such as village halls, footpaths and "
      "insulation for older homes.",
      "Opponents said they were considering a legal challenge. {resident}, whose family has "
      "farmed next to the site for {years} years, said the decision had been made before the "
      "meeting began. \"They listened politely and then did exactly what they were always going "
      "to do,\" {resident_last} said."}},
    {"Health",
     "the hospital's chief executive",
     "the new emergency department",
     "New emergency department opens at {city} General with {n2} treatment bays",
     "A new emergency department at {city} General Hospital treated its first patients on "
     "{weekday}, replacing a cramped unit built in {year} that inspectors had repeatedly "
     "criticised for long waits, and adding {n2} treatment bays, a separate children's area and a "
     "mental health assessment suite.",
     {"{official}, {role}, said the department had been designed with the help of the nurses and "
      "paramedics who work in it. \"The old unit was built for a town half this size,\" "
      "{official_last} said. \"Patients waited in corridors because there was nowhere else for "
      "them to be. That should now be a thing of the past.\"",
      "The building cost {money} and was funded by the regional health authority. Its ambulance "
      "bay can take {n1} vehicles at once, which officials hope will cut the time crews spend "
      "waiting to hand over patients, a problem that last winter left ambulances queuing outside "
      "the hospital for hours.",
      "Figures published last month showed that only {pct} percent of patients at the old unit "
      "were seen within four hours, against a national target of ninety-five percent. {expert}, "
      "who studies hospital performance at {expert_org}, said new buildings helped but were not "
      "enough on their own without the staff to run them."}},
    {"City",
     "the transit authority's project director",
     "the tram extension",
     "{city} tram extension to {district} opens {n1} months ahead of schedule",
     "The first passenger trams ran on the new extension to {district} on {weekday} morning, "
     "{n1} months ahead of schedule, linking one of {city}'s fastest-growing neighbourhoods with "
     "the city centre in about {n2} minutes and giving an estimated {n4} residents a rail "
     "connection for the first time.",
     {"Hundreds of people queued for the first departure shortly after six, many of them taking "
      "photographs on the platform. {official}, {role}, said the early finish was due partly to a "
      "mild winter and partly to a decision to close the main road for six weeks rather than work "
      "in short overnight shifts. \"It was disruptive, but it paid off,\" {official_last} said.",
      "The {money} project was funded jointly by the city and the national government. Trams will "
      "run every {n1} minutes at peak times. Shopkeepers along the route, who endured two years of "
      "roadworks, said they hoped the extension would bring more customers, though some "
      "complained that the loss of parking spaces had already hurt trade.",
      "{resident}, a {job} who lives near the new terminus, said the journey to work had been cut "
      "in half. \"I used to sit in traffic on the ring road every morning,\" {resident_last} said. "
      "\"Today I read a chapter of my book and still arrived early.\""}},
    {"Weather",
     "the county's emergency management coordinator",
     "the flooding",
     "River {river} bursts its banks in {city} after {n2} millimetres of rain in a day",
     "The River {river} burst its banks in {city} early on {weekday} after {n2} millimetres of "
     "rain fell in twenty-four hours, flooding about {n3} homes and businesses in the low-lying "
     "{district} district and closing the main road into the town for most of the day.",
     {"Firefighters used boats to reach residents trapped on upper floors, and {n1} people were "
      "taken to hospital as a precaution. {official}, {role}, said the river had risen faster than "
      "at any time since records began. \"We had warnings in place, but nobody expected it to rise "
      "this quickly,\" {official_last} said. \"Our priority tonight is making sure everyone is "
      "safe.\"",
      "Volunteers filled sandbags at a depot in the town square while shops pumped water from "
      "their cellars. {resident}, a {job} whose ground floor was under half a metre of water, said "
      "the family had moved what they could upstairs. \"The water came in faster than anyone "
      "expected,\" {resident_last} said. \"The smell is the worst part.\"",
      "Insurers estimated early losses at {money}. The council has opened a hardship fund and said "
      "that households forced out of their homes could apply for emergency grants. A flood "
      "defence scheme for the {district} district, approved {n1} years ago, has yet to begin "
      "because of a dispute over funding."}},
    {"Business",
     "the company's regional managing director",
     "the closure",
     "{city} {product} factory to close with the loss of {n3} jobs",
     "The {product} factory that has been one of {city}'s biggest employers since {year} will "
     "close by the end of next year with the loss of {n3} jobs, its owners announced on "
     "{weekday}, blaming rising energy costs and a decision to move production to a larger plant "
     "abroad.",
     {"Workers were told the news at a meeting in the factory canteen. {resident}, who has worked "
      "on the packing line for {years} years, said many colleagues were in tears. \"My father "
      "worked here, and his father before him,\" {resident_last} said. \"This place is the reason "
      "half this street exists.\"",
      "{official}, {role}, called the decision extremely difficult and said the company would "
      "offer redundancy packages above the legal minimum and pay for retraining. The site, which "
      "covers about {n2} acres near the railway station, will be sold, and the company said it "
      "would work with the council on its future use.",
      "Local politicians called for an urgent meeting with the company's management. {expert}, an "
      "economist at {expert_org}, estimated that a further {n3} jobs at suppliers and local "
      "businesses could be at risk, and said the closure would remove about {money} a year from "
      "the local economy in wages alone."}},
    {"Science",
     "the county archaeologist",
     "the discovery",
     "Builders in {city} uncover {era} floor beneath planned car park",
     "Construction workers preparing the ground for a car park in {city} have uncovered what "
     "archaeologists describe as one of the best-preserved {era} floors ever found in the "
     "region, a find that has halted building work at the site in the {district} district for at "
     "least {n1} months.",
     {"The floor, which measures roughly {n1} metres by {n1b}, was found when an excavator struck "
      "stone about a metre below the surface. {official}, {role}, said its colours were "
      "remarkably bright. \"When the first section was brushed clean, there was complete silence "
      "on site,\" {official_last} said. \"Everyone knew what they were looking at.\"",
      "Excavators have since recovered about {n3} smaller objects, including pottery fragments, "
      "coins and a bone comb. {expert}, a specialist at {expert_org}, said the quality of the work "
      "suggested the building had belonged to someone of considerable wealth and that further "
      "rooms probably lay beneath the neighbouring road.",
      "The developer said it was discussing whether the car park could be redesigned to leave "
      "the floor in place beneath a viewing panel. The council has set aside {money} for the "
      "excavation, and the site will open for guided tours on {n1} weekends this summer, with "
      "tickets allocated by ballot."}},
    {"Sport",
     "the club's manager",
     "the cup run",
     "{city} Athletic stun league leaders to reach cup semi-final for first time since {year}",
     "{city} Athletic, who play in the fourth tier, reached the semi-finals of the national cup "
     "for the first time since {year} on {weekday} night, beating the league leaders {score} in "
     "front of {n4} supporters after a late goal from a substitute who joined the club on loan in "
     "January.",
     {"{official}, {role}, said the players had believed they could win from the moment the draw "
      "was made. \"Nobody gave us a chance, and that suited us fine,\" {official_last} said. \"We "
      "defended for our lives for the last twenty minutes, and the supporters carried us through "
      "it.\"",
      "The winning goal came in the {minute} minute, when {resident}, a teenage forward who had "
      "been on the pitch for less than ten minutes, curled a shot into the top corner from the "
      "edge of the penalty area. The visiting goalkeeper, who had made a series of saves to keep "
      "the score level, could only watch it go in.",
      "The cup run is worth about {money} to the club in prize money and television fees, a sum "
      "the chairman said would be spent on repairing the roof of the main stand and on the youth "
      "academy. Tickets for the semi-final, to be played at a neutral ground next month, go on "
      "sale to season-ticket holders this week."}},
    {"Housing",
     "the council's cabinet member for housing",
     "the housing development",
     "{city} council approves {n3} homes on former rail yard, a third at below-market rents",
     "Councillors in {city} approved plans on {weekday} for {n3} homes on a derelict rail yard in "
     "the {district} district, with a third of the flats to be let at below-market rents, in "
     "what officials called the largest affordable housing scheme the town has seen in a "
     "generation.",
     {"{official}, {role}, said the waiting list for social housing had grown to more than {n4} "
      "households. \"Young people who grew up here are being priced out of the town they call "
      "home,\" {official_last} said. \"This will not solve the problem on its own, but it is a "
      "serious start.\"",
      "The scheme includes a health centre, a small park and {n2} ground-floor units for shops and "
      "cafes. Parking will be limited to one space for every two homes, a decision that drew "
      "objections from neighbours worried about cars spilling onto surrounding streets. The "
      "developer plans to start work in the spring.",
      "Rents on the affordable flats will be set at {pct} percent below the local market rate and "
      "will be reserved for people who have lived or worked in the town for at least {n1} years. "
      "The council will hold a stake in the development, worth an estimated {money}, which it "
      "says will fund future housing projects."}},
    {"Technology",
     "the council's chief executive",
     "the data breach",
     "{city} council says hackers stole personal data of {n4} residents",
     "{city} council has warned {n4} residents that their names, addresses and in some cases "
     "bank details may have been stolen after hackers broke into a computer system used to "
     "manage parking permits and local tax payments, the authority disclosed on {weekday}.",
     {"{official}, {role}, said the intrusion had been detected by the council's own security "
      "team {n1} days ago and the affected system had been taken offline within hours. \"We are "
      "deeply sorry,\" {official_last} said. \"Residents trusted us with their information and we "
      "have let them down.\"",
      "The council said there was no evidence so far that the stolen data had been published or "
      "used for fraud, but it urged residents to be wary of unexpected emails and telephone calls "
      "claiming to come from the authority. It has arranged free credit monitoring for a year for "
      "anyone whose bank details were involved.",
      "{expert}, a security researcher at {expert_org}, said local authorities were increasingly "
      "targeted because they held large amounts of personal data on ageing systems. Online "
      "payments for parking permits will remain suspended for at least {n1} weeks while the "
      "system is rebuilt, the council said."}},
    {"Culture",
     "the festival's director",
     "the festival",
     "Record {n4} visitors at {city} lantern festival as river parade returns",
     "A record {n4} people attended the {city} lantern festival over the weekend, organisers said "
     "on {weekday}, as the river parade returned for the first time since {year} with {n3} "
     "illuminated boats drifting past crowds lining both banks of the {river}.",
     {"{official}, {role}, said volunteers had spent four months building the largest lanterns, "
      "including a {n1}-metre heron made of paper and willow that took two cranes to lift onto its "
      "barge. \"Every year people ask us how we will top the last one,\" {official_last} said. "
      "\"This year I think we did.\"",
      "Local traders reported one of their busiest weekends of the year. {resident}, a {job} who "
      "has attended every festival since childhood, said the parade had been worth the wait. \"My "
      "grandmother brought me when I was small,\" {resident_last} said. \"Now I bring my own "
      "children. That is what this festival is.\"",
      "The festival cost about {money} to stage, funded by ticket sales for the riverside "
      "concerts, sponsorship and a council grant. Police said the weekend had passed largely "
      "without incident, although {n1} people were treated for minor injuries after a crush near "
      "the footbridge, and organisers said crowd control would be reviewed."}},
};
constexpr int kKindCount = static_cast<int>(sizeof kKinds / sizeof kKinds[0]);

// Shared paragraphs, any kind: a reaction, an analyst, background, next steps. An article takes
// one to four of these groups, so it has five to eight paragraphs.
constexpr const char* kReactions[] = {
    "Opinion in {city} appeared divided. {voice}, a {voice_job} from the {district2} area, said "
    "{topic} had been discussed for years without anything changing. \"At least something is "
    "finally happening,\" {voice_last} said. \"Whether it is the right thing, we will find out "
    "soon enough.\"",
    "On the high street, reactions ranged from relief to frustration. {voice}, a {voice_job}, said "
    "many neighbours had learned about {topic} from social media before any official "
    "announcement. \"Nobody knocked on our doors,\" {voice_last} said. \"We should not have to "
    "find out these things from a post on a phone.\"",
    "{voice}, a {voice_job} who has lived in {city} for {voice_years} years, said the town had "
    "been through worse. \"People here look after each other,\" {voice_last} said. \"There will "
    "be a lot of talk at the school gates this week, and then we will get on with it.\"",
    "A petition started by residents had gathered more than {n3b} signatures by {weekday} "
    "evening. Its organiser, {voice}, a {voice_job}, said the aim was not to block anything but "
    "to make sure local people were heard. \"We want answers in writing, not promises at a "
    "meeting,\" {voice_last} said.",
};
constexpr const char* kAnalyses[] = {
    "{analyst}, who teaches public policy at {analyst_org}, said {city} was not alone. \"Towns of "
    "this size across the country are facing the same pressures at the same time,\" "
    "{analyst_last} said, adding that decisions taken in the coming months would shape the area "
    "for decades.",
    "Independent analysts cautioned against drawing conclusions too quickly. {analyst}, of "
    "{analyst_org}, said the figures released so far were preliminary. \"The first numbers in a "
    "situation like this are almost always revised,\" {analyst_last} said. \"I would wait a few "
    "weeks before judging.\"",
    "According to {analyst}, a researcher at {analyst_org} who has studied similar cases in {n1b} "
    "other towns, the long-term effects of {topic} depend largely on what happens next. \"The "
    "announcement is the easy part,\" {analyst_last} said. \"Delivery is where these things "
    "succeed or fail.\"",
};
constexpr const char* kBackgrounds[] = {
    "{city}, a town of about {pop} people in {county}, has grown by roughly {pct2} percent over "
    "the past decade, much of it driven by young families moving out from larger cities in search "
    "of cheaper housing and better schools.",
    "The issue has been a recurring theme in local politics. It featured prominently in last "
    "year's council elections, when candidates from all the main parties promised to make it a "
    "priority, and a public consultation held in the autumn received more responses than any "
    "other in the town's recent history.",
    "Records held at the town archive show that {city} faced a similar situation in {year2}, when "
    "it was resolved only after months of negotiation. Several of the people involved then are "
    "still active in local affairs, and some said this week that the lessons of that episode had "
    "not been learned.",
};
constexpr const char* kNextSteps[] = {
    "A further update is expected at the next council meeting in {n1b} weeks' time, which will be "
    "open to the public and streamed online. Officials said residents could submit questions in "
    "advance by email or in writing to the town hall.",
    "Officials said they would publish more details on the council's website in the coming days, "
    "and a public information session has been scheduled at the {district2} community centre "
    "next week. Residents unable to attend will be able to watch a recording afterwards.",
    "Regional authorities are expected to review the situation before the end of the month. "
    "Until then, officials asked residents to check the council's website and local radio for "
    "updates and to report any problems through the usual helpline.",
};

using Slots = std::vector<std::pair<std::string_view, std::string>>;

// The template with each {slot} replaced; an unknown slot is left as it is (the startup
// self-check fails on any '{' left in a story).
std::string Fill(std::string_view text, const Slots& slots) {
  std::string out;
  out.reserve(text.size() + 64);
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t open = text.find('{', i);
    std::size_t close = open == std::string_view::npos ? open : text.find('}', open);
    if (close == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    out.append(text.substr(i, open - i));
    std::string_view key = text.substr(open + 1, close - open - 1);
    auto it =
        std::find_if(slots.begin(), slots.end(), [&](const auto& s) { return s.first == key; });
    if (it != slots.end()) {
      out += it->second;
    } else {
      out.append(text.substr(open, close - open + 1));
    }
    i = close + 1;
  }
  return out;
}

struct Story {
  std::string headline;
  std::string description;
  std::string author;
  std::string section;
  std::vector<std::string> paragraphs;
  time_t published = 0;
};

Slots MakeSlots(Rng& rng, const EventKind& kind, time_t published) {
  const Town& town = rng.Pick(kTowns);
  constexpr std::size_t kFirst = sizeof kFirstNames / sizeof kFirstNames[0];
  constexpr std::size_t kLast = sizeof kLastNames / sizeof kLastNames[0];
  std::size_t first = rng.Next() % kFirst;
  std::size_t last = rng.Next() % kLast;
  auto last_name = [&](int j) { return std::string(kLastNames[(last + 11 * j) % kLast]); };
  auto full_name = [&](int j) {
    return kFirstNames[(first + 7 * j) % kFirst] + (" " + last_name(j));
  };
  std::size_t district = rng.Next() % (sizeof kDistricts / sizeof kDistricts[0]);
  char money[32];
  std::snprintf(money, sizeof money, "$%d.%d million", rng.Range(1, 89), rng.Range(1, 9));
  Slots slots = {
      {"city", town.name},
      {"county", town.county},
      {"district", kDistricts[district]},
      {"district2", kDistricts[(district + 5) % (sizeof kDistricts / sizeof kDistricts[0])]},
      {"river", rng.Pick(kRivers)},
      {"weekday", FormatUtc(published, "%A")},
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
      {"n1", std::to_string(rng.Range(2, 9))},
      {"n1b", std::to_string(rng.Range(2, 6))},
      {"n2", std::to_string(rng.Range(12, 95))},
      {"n3", std::to_string(rng.Range(120, 980))},
      {"n3b", WithCommas(rng.Range(3, 48) * 100)},
      {"n4", WithCommas(rng.Range(12, 480) * 100)},
      {"pct", std::to_string(rng.Range(11, 64))},
      {"pct2", std::to_string(rng.Range(6, 29))},
      {"money", money},
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
  slots.emplace_back("role", Fill(kind.role, slots));
  return slots;
}

// The article for (seed, kind); kind < 0 lets the seed choose it.
Story MakeStory(uint64_t seed, int kind_index, time_t published) {
  // Enough prose for an extractor to take the page for an article (the brief: ~1,500 characters
  // at least); a short draw takes one more shared paragraph.
  constexpr std::size_t kMinProse = 1600;
  Rng rng(seed);
  if (kind_index < 0) kind_index = static_cast<int>(rng.Next() % kKindCount);
  const EventKind& kind = kKinds[kind_index % kKindCount];
  Slots slots = MakeSlots(rng, kind, published);
  // The shared groups (reaction, analysis, background, next steps) in the order this article
  // takes them, one variant each, and how many it takes (one to four).
  int groups[4] = {0, 1, 2, 3};
  for (int i = 3; i > 0; --i) std::swap(groups[i], groups[rng.Next() % (i + 1)]);
  const char* shared[4] = {rng.Pick(kReactions), rng.Pick(kAnalyses), rng.Pick(kBackgrounds),
                           rng.Pick(kNextSteps)};
  int extra = rng.Range(1, 4);

  Story story;
  story.published = published;
  story.section = kind.section;
  story.headline = Fill(kind.headline, slots);
  story.description = Fill(kind.lede, slots);
  story.author = Fill("{reporter}", slots);
  for (;; ++extra) {
    bool has[4] = {false, false, false, false};
    for (int i = 0; i < extra; ++i) has[groups[i]] = true;
    const char* order[8] = {kind.lede,
                            kind.body[0],
                            kind.body[1],
                            has[0] ? shared[0] : nullptr,
                            kind.body[2],
                            has[1] ? shared[1] : nullptr,
                            has[2] ? shared[2] : nullptr,
                            has[3] ? shared[3] : nullptr};
    story.paragraphs.clear();
    std::size_t chars = 0;
    for (const char* text : order) {
      if (text == nullptr) continue;
      story.paragraphs.push_back(Fill(text, slots));
      chars += story.paragraphs.back().size();
    }
    if (chars >= kMinProse || extra >= 4) break;
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

// ---------------------------------------------------------------------------------------------
// Pages

// The words around the article (navigation, newsletter, footer) in one language.
struct Chrome {
  const char* lang;
  const char* nav[5];  // labels for /section/{local,business,politics,sport,culture}
  const char* home;
  const char* by;
  const char* latest;
  const char* most_read;
  const char* related;
  const char* newsletter_title;
  const char* newsletter_text;
  const char* newsletter_button;
  const char* footer_links[4];  // about, contact, advertise, careers
  const char* rights;
  const char* legal[3];  // privacy, terms, cookies
};
constexpr Chrome kEnglish = {
    "en",
    {"Local", "Business", "Politics", "Sport", "Culture"},
    "Home",
    "By",
    "Latest news",
    "Most read",
    "Related stories",
    "Get the Morning Briefing",
    "The day's most important stories, delivered to your inbox before breakfast. Free, and you "
    "can unsubscribe at any time.",
    "Sign up",
    {"About us", "Contact", "Advertise", "Careers"},
    "All rights reserved.",
    {"Privacy policy", "Terms of use", "Cookie settings"},
};
constexpr Chrome kRussian = {
    "ru",
    {"Город", "Экономика", "Политика", "Спорт", "Культура"},
    "Главная",
    "Текст:",
    "Последние новости",
    "Самое читаемое",
    "Читайте также",
    "Утренняя рассылка",
    "Главные новости дня — в вашей почте каждое утро. Бесплатно, отписаться можно в любой "
    "момент.",
    "Подписаться",
    {"О нас", "Контакты", "Реклама", "Вакансии"},
    "Все права защищены.",
    {"Политика конфиденциальности", "Условия использования", "Настройки cookie"},
};
constexpr const char* kSectionSlugs[5] = {"local", "business", "politics", "sport", "culture"};

struct Link {
  std::string href;
  std::string text;
};

struct Alternate {  // <link rel="alternate"> to a feed
  const char* type;
  const char* href;
};

struct Site {
  std::string name;   // "alpha"
  std::string title;  // "Alpha News"
  int port = 0;       // known once bound
  std::vector<Alternate> alternates;
  std::string Url(std::string_view path) const {
    return "http://127.0.0.1:" + std::to_string(port) + std::string(path);
  }
};

std::string SiteHeader(const Site& site, const Chrome& chrome) {
  std::string out =
      "<header class=\"site-header\">\n<a class=\"logo\" href=\"/\">" + EscapeHtml(site.title) +
      "</a>\n<nav class=\"main-nav\"><ul>\n<li><a href=\"/\">" + chrome.home + "</a></li>\n";
  for (int i = 0; i < 5; ++i) {
    out += std::string("<li><a href=\"/section/") + kSectionSlugs[i] + "\">" + chrome.nav[i] +
           "</a></li>\n";
  }
  out +=
      "</ul></nav>\n<form class=\"search\" action=\"/search\"><input name=\"q\" "
      "type=\"search\"><button>Search</button></form>\n</header>\n";
  return out;
}

std::string SiteFooter(const Site& site, const Chrome& chrome, const std::vector<Link>& related) {
  std::string out = "<footer class=\"site-footer\">\n<section class=\"newsletter\"><h2>";
  out += std::string(chrome.newsletter_title) + "</h2>\n<p>" + chrome.newsletter_text + "</p>\n";
  out +=
      "<form action=\"/newsletter\" method=\"post\"><input type=\"email\" name=\"email\" "
      "placeholder=\"you@example.com\"><button type=\"submit\">";
  out += std::string(chrome.newsletter_button) + "</button></form></section>\n";
  if (!related.empty()) {
    out += std::string("<section class=\"related\"><h2>") + chrome.related + "</h2><ul>\n";
    for (const Link& link : related) {
      out +=
          "<li><a href=\"" + EscapeHtml(link.href) + "\">" + EscapeHtml(link.text) + "</a></li>\n";
    }
    out += "</ul></section>\n";
  }
  out += "<nav class=\"footer-links\"><ul>\n";
  const char* slugs[4] = {"about", "contact", "advertise", "careers"};
  for (int i = 0; i < 4; ++i) {
    out +=
        std::string("<li><a href=\"/") + slugs[i] + "\">" + chrome.footer_links[i] + "</a></li>\n";
  }
  out += "</ul></nav>\n<p class=\"legal\">&copy; " + FormatUtc(g_start, "%Y") + " " +
         EscapeHtml(site.title) + ". " + chrome.rights + " <a href=\"/privacy\">" +
         chrome.legal[0] + "</a> &middot; <a href=\"/terms\">" + chrome.legal[1] +
         "</a> &middot; <a href=\"/cookies\">" + chrome.legal[2] + "</a></p>\n</footer>\n";
  return out;
}

std::string FeedLinks(const Site& site) {
  std::string out;
  for (const Alternate& alt : site.alternates) {
    out += std::string("<link rel=\"alternate\" type=\"") + alt.type + "\" title=\"" +
           EscapeHtml(site.title) + "\" href=\"" + alt.href + "\">\n";
  }
  return out;
}

std::string ArticleHead(const Site& site, const Chrome& chrome, const Story& story,
                        const std::string& canonical, std::string_view charset) {
  std::string title = EscapeHtml(story.headline);
  std::string out = std::string("<!DOCTYPE html>\n<html lang=\"") + chrome.lang + "\">\n<head>\n";
  out += "<meta charset=\"" + std::string(charset) + "\">\n";
  out += "<title>" + title + " | " + EscapeHtml(site.title) + "</title>\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"description\" content=\"" + EscapeHtml(story.description) + "\">\n";
  out += "<meta name=\"author\" content=\"" + EscapeHtml(story.author) + "\">\n";
  out += "<meta property=\"og:type\" content=\"article\">\n";
  out += "<meta property=\"og:title\" content=\"" + title + "\">\n";
  out += "<meta property=\"og:url\" content=\"" + canonical + "\">\n";
  out += "<meta property=\"og:site_name\" content=\"" + EscapeHtml(site.title) + "\">\n";
  out +=
      "<meta property=\"article:published_time\" content=\"" + Rfc3339(story.published) + "\">\n";
  out += "<meta property=\"article:section\" content=\"" + EscapeHtml(story.section) + "\">\n";
  out += "<link rel=\"canonical\" href=\"" + canonical + "\">\n";
  out += FeedLinks(site);
  out += "<link rel=\"stylesheet\" href=\"/static/site.css\">\n";
  out +=
      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
      "\"NewsArticle\",\"headline\":\"" +
      EscapeJson(story.headline) + "\",\"datePublished\":\"" + Rfc3339(story.published) +
      "\",\"author\":{\"@type\":\"Person\",\"name\":\"" + EscapeJson(story.author) +
      "\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"" + EscapeJson(site.title) +
      "\"},\"mainEntityOfPage\":\"" + canonical + "\"}</script>\n";
  out +=
      "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({page:'article'});</script>\n";
  out += "</head>\n";
  return out;
}

// A news article page. `path` is the article's final path (its canonical URL); `charset` is what
// the page declares (the caller encodes the bytes to match).
std::string RenderArticle(const Site& site, const Chrome& chrome, const Story& story,
                          std::string_view path, const std::vector<Link>& related,
                          std::string_view charset = "utf-8") {
  std::string canonical = site.Url(path);
  std::string out = ArticleHead(site, chrome, story, canonical, charset);
  out +=
      "<body class=\"article-page\">\n<div class=\"cookie-banner\">We use cookies to improve "
      "your experience. <button>Accept</button> <button>Manage</button></div>\n";
  out += SiteHeader(site, chrome);
  out += "<main>\n<article class=\"story\">\n<p class=\"kicker\"><a href=\"/section/local\">" +
         EscapeHtml(story.section) + "</a></p>\n";
  out += "<h1>" + EscapeHtml(story.headline) + "</h1>\n";
  out += std::string("<p class=\"byline\">") + chrome.by + " <a rel=\"author\" href=\"/authors/" +
         std::to_string(Fnv1a(story.author) % 100000) + "\">" + EscapeHtml(story.author) +
         "</a> &middot; <time datetime=\"" + Rfc3339(story.published) + "\">" +
         HumanDate(story.published) + "</time></p>\n";
  out += "<div class=\"story-body\">\n";
  for (const std::string& p : story.paragraphs) out += "<p>" + EscapeHtml(p) + "</p>\n";
  out +=
      "</div>\n<div class=\"share\">Share this article: <a href=\"/share/email\">Email</a> "
      "<a href=\"/share/social\">Social</a> <a href=\"/share/copy\">Copy link</a></div>\n";
  out += "</article>\n";
  if (!related.empty()) {
    out += std::string("<aside class=\"most-read\"><h2>") + chrome.most_read + "</h2><ol>\n";
    for (auto it = related.rbegin(); it != related.rend(); ++it) {
      out += "<li><a href=\"" + EscapeHtml(it->href) + "\">" + EscapeHtml(it->text) + "</a></li>\n";
    }
    out += "</ol></aside>\n";
  }
  out += "</main>\n" + SiteFooter(site, chrome, related) + "</body>\n</html>\n";
  return out;
}

struct Teaser {
  std::string href;
  const Story* story;
};

std::string RenderHome(const Site& site, const std::vector<Teaser>& teasers) {
  const Chrome& chrome = kEnglish;
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<title>" + EscapeHtml(site.title) + " - News from your town</title>\n";
  out += "<meta name=\"description\" content=\"Local news, business, sport and culture from " +
         EscapeHtml(site.title) + ".\">\n";
  out += "<link rel=\"canonical\" href=\"" + site.Url("/") + "\">\n" + FeedLinks(site);
  out += "</head>\n<body class=\"home\">\n" + SiteHeader(site, chrome);
  out += std::string("<main>\n<h1>") + chrome.latest + "</h1>\n";
  for (const Teaser& t : teasers) {
    out += "<div class=\"teaser\"><h2><a href=\"" + EscapeHtml(t.href) + "\">" +
           EscapeHtml(t.story->headline) + "</a></h2>\n<p>" + EscapeHtml(t.story->description) +
           "</p>\n<time datetime=\"" + Rfc3339(t.story->published) + "\">" +
           HumanDate(t.story->published) + "</time></div>\n";
  }
  out += "</main>\n" + SiteFooter(site, chrome, {}) + "</body>\n</html>\n";
  return out;
}

// ---------------------------------------------------------------------------------------------
// Feeds and sitemaps. URLs in them are absolute.

struct FeedItem {
  std::string url;
  std::string title;
  std::string summary;
  std::string author;
  time_t published = 0;
};

FeedItem ItemOf(const Site& site, std::string_view path, const Story& story) {
  return {site.Url(path), story.headline, story.description, story.author, story.published};
}

std::string Rss2(const Site& site, const std::vector<FeedItem>& items, time_t built) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
      "xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n";
  out += "<title>" + EscapeHtml(site.title) + "</title>\n<link>" + site.Url("/") + "</link>\n";
  out += "<atom:link href=\"" + site.Url("/feed.xml") +
         "\" rel=\"self\" type=\"application/rss+xml\"/>\n";
  out += "<description>The latest stories from " + EscapeHtml(site.title) + "</description>\n";
  out += "<language>en</language>\n<lastBuildDate>" + Rfc822(built) + "</lastBuildDate>\n";
  for (const FeedItem& item : items) {
    out += "<item>\n<title>" + EscapeHtml(item.title) + "</title>\n<link>" + item.url +
           "</link>\n<guid isPermaLink=\"true\">" + item.url + "</guid>\n<description>" +
           EscapeHtml(item.summary) + "</description>\n<dc:creator>" + EscapeHtml(item.author) +
           "</dc:creator>\n<pubDate>" + Rfc822(item.published) + "</pubDate>\n</item>\n";
  }
  out += "</channel>\n</rss>\n";
  return out;
}

std::string Atom(const Site& site, const std::vector<FeedItem>& items, time_t updated) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed "
      "xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n";
  out += "<title>" + EscapeHtml(site.title) + "</title>\n<id>" + site.Url("/atom.xml") + "</id>\n";
  out += "<link rel=\"self\" href=\"" + site.Url("/atom.xml") +
         "\"/>\n<link rel=\"alternate\" "
         "type=\"text/html\" href=\"" +
         site.Url("/") + "\"/>\n<updated>" + Rfc3339(updated) + "</updated>\n";
  for (const FeedItem& item : items) {
    out += "<entry>\n<title>" + EscapeHtml(item.title) + "</title>\n<id>" + item.url +
           "</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"" + item.url +
           "\"/>\n<published>" + Rfc3339(item.published) + "</published>\n<updated>" +
           Rfc3339(item.published) + "</updated>\n<author><name>" + EscapeHtml(item.author) +
           "</name></author>\n<summary>" + EscapeHtml(item.summary) + "</summary>\n</entry>\n";
  }
  out += "</feed>\n";
  return out;
}

std::string JsonFeed(const Site& site, const std::vector<FeedItem>& items) {
  std::string out = "{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n  \"title\": \"" +
                    EscapeJson(site.title) + "\",\n  \"home_page_url\": \"" + site.Url("/") +
                    "\",\n  \"feed_url\": \"" + site.Url("/feed.json") +
                    "\",\n  \"language\": \"en\",\n  \"items\": [";
  for (std::size_t i = 0; i < items.size(); ++i) {
    const FeedItem& item = items[i];
    out += i == 0 ? "\n" : ",\n";
    out += "    {\"id\": \"" + item.url + "\", \"url\": \"" + item.url + "\", \"title\": \"" +
           EscapeJson(item.title) + "\", \"summary\": \"" + EscapeJson(item.summary) +
           "\", \"date_published\": \"" + Rfc3339(item.published) +
           "\", \"authors\": [{\"name\": \"" + EscapeJson(item.author) + "\"}]}";
  }
  out += "\n  ]\n}\n";
  return out;
}

std::string Rdf(const Site& site, const std::vector<FeedItem>& items, time_t updated) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF "
      "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
      "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n";
  out += "<channel rdf:about=\"" + site.Url("/index.rdf") + "\">\n<title>" +
         EscapeHtml(site.title) + "</title>\n<link>" + site.Url("/") +
         "</link>\n<description>Wire stories from " + EscapeHtml(site.title) +
         "</description>\n<dc:date>" + Rfc3339(updated) + "</dc:date>\n<items>\n<rdf:Seq>\n";
  for (const FeedItem& item : items) out += "<rdf:li rdf:resource=\"" + item.url + "\"/>\n";
  out += "</rdf:Seq>\n</items>\n</channel>\n";
  for (const FeedItem& item : items) {
    out += "<item rdf:about=\"" + item.url + "\">\n<title>" + EscapeHtml(item.title) +
           "</title>\n<link>" + item.url + "</link>\n<description>" + EscapeHtml(item.summary) +
           "</description>\n<dc:creator>" + EscapeHtml(item.author) + "</dc:creator>\n<dc:date>" +
           Rfc3339(item.published) + "</dc:date>\n</item>\n";
  }
  out += "</rdf:RDF>\n";
  return out;
}

std::string UrlSet(const std::vector<std::pair<std::string, time_t>>& urls) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset "
      "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const auto& [url, modified] : urls) {
    out += "<url><loc>" + url + "</loc><lastmod>" + Rfc3339(modified) + "</lastmod></url>\n";
  }
  out += "</urlset>\n";
  return out;
}

struct NewsEntry {
  FeedItem item;
  const char* language;
};

std::string NewsSitemap(const std::vector<NewsEntry>& entries) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset "
      "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
      "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n";
  for (const NewsEntry& e : entries) {
    out += "<url>\n<loc>" + e.item.url +
           "</loc>\n<news:news>\n<news:publication><news:name>Beta "
           "Daily</news:name><news:language>" +
           e.language + "</news:language></news:publication>\n<news:publication_date>" +
           Rfc3339(e.item.published) + "</news:publication_date>\n<news:title>" +
           EscapeHtml(e.item.title) + "</news:title>\n</news:news>\n</url>\n";
  }
  out += "</urlset>\n";
  return out;
}

// ---------------------------------------------------------------------------------------------
// HTTP helpers

// The request's Accept-Encoding as the client sent it. The pre-routing hook moves it to this
// header so that httplib never compresses a response on its own (see InstallLogger).
constexpr const char* kClientAcceptEncoding = "X-Outlets-Accept-Encoding";

bool AcceptsGzip(const httplib::Request& req) {
  return req.get_header_value(kClientAcceptEncoding).find("gzip") != std::string::npos;
}

bool EtagListMatches(const std::string& header, const std::string& etag) {
  std::size_t i = 0;
  while (i <= header.size()) {
    std::size_t comma = header.find(',', i);
    if (comma == std::string::npos) comma = header.size();
    std::string tag = header.substr(i, comma - i);
    tag.erase(0, tag.find_first_not_of(" \t"));
    tag.erase(tag.find_last_not_of(" \t") + 1);
    if (tag.rfind("W/", 0) == 0) tag.erase(0, 2);
    if (tag == "*" || tag == etag) return true;
    i = comma + 1;
  }
  return false;
}

// RFC 9110: If-None-Match decides when present (and then If-Modified-Since is ignored);
// otherwise If-Modified-Since not older than Last-Modified means not modified.
bool NotModified(const httplib::Request& req, const std::string& etag, time_t last_modified) {
  if (req.has_header("If-None-Match")) {
    return !etag.empty() && EtagListMatches(req.get_header_value("If-None-Match"), etag);
  }
  if (req.has_header("If-Modified-Since")) {
    time_t since = ParseHttpDate(req.get_header_value("If-Modified-Since"));
    return since >= 0 && since >= last_modified;
  }
  return false;
}

// Sets the validators; true (with a 304 and no body) when the client's copy is current.
bool AnswerConditional(const httplib::Request& req, httplib::Response& res, const std::string& etag,
                       time_t last_modified) {
  if (!etag.empty()) res.set_header("ETag", etag);
  res.set_header("Last-Modified", HttpDate(last_modified));
  if (!NotModified(req, etag, last_modified)) return false;
  res.status = 304;
  return true;
}

constexpr const char* kHtml = "text/html; charset=utf-8";

// The request log: one JSON line per request, flushed as it is written. Thread-safe.
class RequestLog {
 public:
  explicit RequestLog(std::FILE* file) : file_(file) {}
  void Write(const std::string& outlet, const httplib::Request& req) {
    std::string target = req.target.empty() ? req.path : req.target;
    std::size_t q = target.find('?');
    std::string path = target.substr(0, q);
    std::string query = q == std::string::npos ? "" : target.substr(q + 1);
    char t[32];
    std::snprintf(t, sizeof t, "%.6f", WallSeconds());
    auto field = [&](const char* name) {
      return EscapeJson(req.get_header_value(name), /*ascii_only=*/true);
    };
    std::string line =
        "{\"outlet\":\"" + EscapeJson(outlet) + "\",\"method\":\"" + EscapeJson(req.method, true) +
        "\",\"path\":\"" + EscapeJson(path, true) + "\",\"query\":\"" + EscapeJson(query, true) +
        "\",\"t\":" + t + ",\"user_agent\":\"" + field("User-Agent") + "\",\"if_none_match\":\"" +
        field("If-None-Match") + "\",\"if_modified_since\":\"" + field("If-Modified-Since") +
        "\",\"accept_encoding\":\"" + field("Accept-Encoding") + "\"";
    if (path.rfind("/_control/", 0) == 0) line += ",\"control\":true";
    line += "}\n";
    std::lock_guard<std::mutex> lock(mutex_);
    if (file_ == nullptr) return;  // closed: the server is stopping
    std::fputs(line.c_str(), file_);
    std::fflush(file_);
  }
  void Close() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (file_ != nullptr) std::fclose(file_);
    file_ = nullptr;
  }

 private:
  std::mutex mutex_;
  std::FILE* file_;
};

// ---------------------------------------------------------------------------------------------
// Outlets

struct Article {  // an article an outlet serves (fixture mode)
  std::string path;
  int kind = 0;
  bool linked = false;  // on the home page and in related links
  bool gzip = false;    // sent gzip-encoded when the client accepts gzip
  uint64_t seed = 0;
  Story story;
};

struct Outlet {
  Site site;
  httplib::Server server;
  std::vector<Article> articles;
  std::atomic<int> first_hits{0};  // the flaky article's (alpha) or the rate-limited one's (beta)
  // alpha's feed: POST /_control/publish adds /news/a4 and bumps the version.
  std::mutex mutex;
  bool published = false;
  time_t a4_published = 0;
  time_t feed_modified = 0;
  int feed_version = 1;
  // bench mode
  int bench_articles = 0;
  int bench_spacing = 0;  // seconds between two articles' dates
  std::thread thread;
  std::atomic<bool> finished{false};

  const Article* Find(std::string_view path) const {
    for (const Article& a : articles) {
      if (a.path == path) return &a;
    }
    return nullptr;
  }
  std::vector<Link> Related(std::string_view except) const {
    std::vector<Link> out;
    for (const Article& a : articles) {
      if (a.linked && a.path != except) out.push_back({a.path, a.story.headline});
    }
    return out;
  }
};

std::string ExactPath(std::string_view path) {  // an httplib route pattern matching only `path`
  std::string out;
  for (char c : path) {
    if (c == '.' || c == '+' || c == '(' || c == ')' || c == '?' || c == '*') out += '\\';
    out += c;
  }
  return out;
}

void ServeArticle(const Outlet& o, const Article& a, const httplib::Request& req,
                  httplib::Response& res) {
  std::string html = RenderArticle(o.site, kEnglish, a.story, a.path, o.Related(a.path));
  res.set_header("Last-Modified", HttpDate(a.story.published));
  if (a.gzip) res.set_header("Vary", "Accept-Encoding");
  if (a.gzip && AcceptsGzip(req)) {
    res.set_header("Content-Encoding", "gzip");
    res.set_content(Gzip(html), kHtml);
  } else {
    res.set_content(html, kHtml);
  }
}

// Every article's exact path, after the special routes (httplib takes the first route that
// matches, so a special route registered earlier wins).
void RouteArticles(Outlet& o) {
  for (const Article& a : o.articles) {
    o.server.Get(ExactPath(a.path), [&o, &a](const httplib::Request& req, httplib::Response& res) {
      ServeArticle(o, a, req, res);
    });
  }
}

void RouteHome(Outlet& o) {
  o.server.Get("/", [&o](const httplib::Request&, httplib::Response& res) {
    std::vector<Teaser> teasers;
    for (const Article& a : o.articles) {
      if (a.linked) teasers.push_back({a.path, &a.story});
    }
    res.set_content(RenderHome(o.site, teasers), kHtml);
  });
}

// A redirect from `from` to `to`; with `absolute`, the Location is a full URL on this outlet
// (built per request: the port is known only once the outlet is bound).
void Redirect(Outlet& o, const std::string& from, int status, std::string to, bool absolute) {
  o.server.Get(ExactPath(from),
               [&o, status, to, absolute](const httplib::Request&, httplib::Response& res) {
                 res.set_redirect(absolute ? o.site.Url(to) : to, status);
               });
}

// A fixed text at an exact path.
void Text(httplib::Server& server, const std::string& path, std::string body, const char* type) {
  server.Get(ExactPath(path), [body, type](const httplib::Request&, httplib::Response& res) {
    res.set_content(body, type);
  });
}

// alpha's /news/a4, dated when POST /_control/publish added it; its story's date is 0 before.
Article PublishedA4(Outlet& o) {
  Article a4 = *o.Find("/news/a4");
  std::lock_guard<std::mutex> lock(o.mutex);
  a4.story = o.published ? MakeStory(a4.seed, a4.kind, o.a4_published) : Story();
  return a4;
}

void SetupAlpha(Outlet& o) {
  httplib::Server& s = o.server;
  o.feed_modified = g_start - 10 * 60;
  Text(s, "/robots.txt", "User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n",
       "text/plain; charset=utf-8");
  s.Get(R"(/feed\.xml)", [&o](const httplib::Request& req, httplib::Response& res) {
    std::unique_lock<std::mutex> lock(o.mutex);
    std::string etag = "\"alpha-feed-v" + std::to_string(o.feed_version) + "\"";
    time_t modified = o.feed_modified;
    bool published = o.published;
    lock.unlock();
    if (AnswerConditional(req, res, etag, modified)) return;
    std::vector<FeedItem> items;
    if (published) items.push_back(ItemOf(o.site, "/news/a4", PublishedA4(o).story));
    for (const char* path : {"/news/a1", "/news/a2"}) {
      items.push_back(ItemOf(o.site, path, o.Find(path)->story));
    }
    items.push_back(ItemOf(o.site, "/old/a3", o.Find("/news/a3")->story));
    for (const char* path : {"/news/flaky", "/private/secret"}) {
      items.push_back(ItemOf(o.site, path, o.Find(path)->story));
    }
    items.push_back({o.site.Url("/loop/1"), "Live: weekend road closures across the region",
                     "Which roads are shut this weekend, and for how long.", "Travel desk",
                     g_start - 75 * 60});
    FeedItem again = ItemOf(o.site, "/news/a1", o.Find("/news/a1")->story);
    again.title = "Updated: " + again.title;  // the same URL a second time
    items.push_back(again);
    res.set_content(Rss2(o.site, items, modified), "application/rss+xml; charset=utf-8");
  });
  Redirect(o, "/old/a3", 301, "/moved/a3", /*absolute=*/true);
  Redirect(o, "/moved/a3", 302, "/news/a3", false);
  Redirect(o, "/loop/1", 302, "/loop/2", false);
  Redirect(o, "/loop/2", 302, "/loop/1", true);
  s.Get("/news/flaky", [&o](const httplib::Request& req, httplib::Response& res) {
    if (o.first_hits.fetch_add(1) == 0) {
      res.status = 500;
      res.set_content("<html><body><h1>500 Internal Server Error</h1></body></html>\n", kHtml);
      return;
    }
    ServeArticle(o, *o.Find("/news/flaky"), req, res);
  });
  s.Get("/news/a4", [&o](const httplib::Request& req, httplib::Response& res) {
    Article a4 = PublishedA4(o);
    if (a4.story.published != 0) {
      ServeArticle(o, a4, req, res);
    } else {
      res.status = 404;  // not published yet
    }
  });
  // With a content reader the body is read only if the handler asks: httplib would otherwise
  // wait for the connection to close on a POST that has neither Content-Length nor chunking
  // (`curl -X POST`), where HTTP/1.1 says there is no body.
  s.Post("/_control/publish", [&o](const httplib::Request& req, httplib::Response& res,
                                   const httplib::ContentReader& read_body) {
    if (req.has_header("Content-Length") || req.has_header("Transfer-Encoding")) {
      read_body([](const char*, std::size_t) { return true; });  // ignored
    }
    std::lock_guard<std::mutex> lock(o.mutex);
    if (o.published) {
      res.set_content("already published /news/a4\n", "text/plain");
      return;
    }
    o.published = true;
    ++o.feed_version;
    o.feed_modified = std::max(std::time(nullptr), o.feed_modified + 1);
    o.a4_published = o.feed_modified;
    res.set_content("published /news/a4\n", "text/plain");
  });
  RouteHome(o);
  RouteArticles(o);
}

void SetupBeta(Outlet& o) {
  httplib::Server& s = o.server;
  s.Get(R"(/robots\.txt)", [&o](const httplib::Request&, httplib::Response& res) {
    res.set_content(
        "User-agent: newsdesk\nDisallow: /drafts/\n\nUser-agent: *\nDisallow: /\n\n"
        "Sitemap: " +
            o.site.Url("/sitemap_index.xml") + "\n",
        "text/plain; charset=utf-8");
  });
  const time_t sitemap_modified = g_start - 60;  // after its newest entry (b9, 3 minutes old)
  s.Get(R"(/sitemap_index\.xml)",
        [&o, sitemap_modified](const httplib::Request& req, httplib::Response& res) {
          if (AnswerConditional(req, res, "", sitemap_modified)) return;
          res.set_content(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex "
              "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n<sitemap><loc>" +
                  o.site.Url("/sitemap-news.xml.gz") + "</loc><lastmod>" +
                  Rfc3339(sitemap_modified) + "</lastmod></sitemap>\n</sitemapindex>\n",
              "application/xml");
        });
  s.Get(R"(/sitemap-news\.xml\.gz)",
        [&o, sitemap_modified](const httplib::Request& req, httplib::Response& res) {
          if (AnswerConditional(req, res, "", sitemap_modified)) return;
          std::vector<NewsEntry> entries;
          for (const char* path : {"/news/b1", "/news/b2", "/news/ru1", "/drafts/b9"}) {
            const Article* a = o.Find(path);
            entries.push_back({ItemOf(o.site, path, a->story), a->kind < 0 ? "ru" : "en"});
          }
          res.set_content(Gzip(NewsSitemap(entries)), "application/x-gzip");
        });
  s.Get(R"(/atom\.xml)", [&o](const httplib::Request& req, httplib::Response& res) {
    std::vector<FeedItem> items;
    for (const char* path : {"/news/b1", "/news/b3"}) {
      items.push_back(ItemOf(o.site, path, o.Find(path)->story));
    }
    if (AnswerConditional(req, res, "\"beta-atom-v1\"", items[0].published)) return;
    res.set_content(Atom(o.site, items, items[0].published), "application/atom+xml; charset=utf-8");
  });
  s.Get("/news/b2", [&o](const httplib::Request& req, httplib::Response& res) {
    if (o.first_hits.fetch_add(1) == 0) {
      res.status = 429;
      res.set_header("Retry-After", "1");
      res.set_content("Too many requests; retry in a second.\n", "text/plain");
      return;
    }
    ServeArticle(o, *o.Find("/news/b2"), req, res);
  });
  s.Get("/news/ru1", [&o](const httplib::Request&, httplib::Response& res) {
    const Article& a = *o.Find("/news/ru1");
    std::string html =
        RenderArticle(o.site, kRussian, a.story, a.path, o.Related(a.path), "windows-1251");
    res.set_content(ToWindows1251(html, nullptr), "text/html; charset=windows-1251");
  });
  RouteHome(o);
  RouteArticles(o);
}

constexpr std::size_t kHugeBytes = 50u * 1024 * 1024;
constexpr auto kStallLimit = std::chrono::seconds(60);

// gamma's /news/slow: the page up to its second paragraph, then nothing for up to a minute (in
// short sleeps that watch the stop flag), then the rest.
void RouteSlow(Outlet& o) {
  o.server.Get("/news/slow", [&o](const httplib::Request&, httplib::Response& res) {
    const Article& a = *o.Find("/news/slow");
    auto html = std::make_shared<std::string>(
        RenderArticle(o.site, kEnglish, a.story, a.path, o.Related(a.path)));
    std::size_t cut = html->find("</p>", html->find("<div class=\"story-body\">"));
    cut = html->find("</p>", cut + 1) + 4;
    res.set_chunked_content_provider(
        kHtml, [html, cut](std::size_t offset, httplib::DataSink& sink) {
          if (offset == 0) return sink.write(html->data(), cut);
          auto until = std::chrono::steady_clock::now() + kStallLimit;
          while (std::chrono::steady_clock::now() < until) {
            if (g_stopping.load()) return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
          }
          if (!sink.write(html->data() + cut, html->size() - cut)) return false;
          sink.done();
          return true;
        });
  });
}

// gamma's /news/huge: exactly kHugeBytes of HTML in 64 KiB chunks, chunked (no Content-Length);
// a failed write (the client went away) or the stop flag ends it.
void RouteHuge(Outlet& o) {
  o.server.Get("/news/huge", [&o](const httplib::Request&, httplib::Response& res) {
    const Article& a = *o.Find("/news/huge");
    auto head = std::make_shared<std::string>(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
        EscapeHtml(a.story.headline) + "</title>\n<link rel=\"canonical\" href=\"" +
        o.site.Url(a.path) + "\">\n</head>\n<body>\n<article>\n<h1>" +
        EscapeHtml(a.story.headline) + "</h1>\n");
    auto block = std::make_shared<std::string>();
    while (block->size() < 64 * 1024) {
      for (const std::string& p : a.story.paragraphs) *block += "<p>" + EscapeHtml(p) + "</p>\n";
    }
    block->resize(64 * 1024 - 1);
    block->erase(block->rfind('\n') + 1);  // whole lines only
    static const std::string kTail = "</article>\n</body>\n</html>\n";
    res.set_chunked_content_provider(
        kHtml, [head, block](std::size_t offset, httplib::DataSink& sink) {
          if (g_stopping.load()) return false;
          if (offset == 0) return sink.write(head->data(), head->size());
          std::size_t left = kHugeBytes - offset;
          if (left == kTail.size()) {
            if (!sink.write(kTail.data(), kTail.size())) return false;
            sink.done();
            return true;
          }
          if (left - kTail.size() >= block->size()) return sink.write(block->data(), block->size());
          std::string pad(left - kTail.size(), '\n');  // the last stretch: blank lines
          return sink.write(pad.data(), pad.size());
        });
  });
}

void SetupGamma(Outlet& o) {
  httplib::Server& s = o.server;
  s.Get(R"(/robots\.txt)",
        [](const httplib::Request&, httplib::Response& res) { res.status = 404; });
  s.Get(R"(/feed\.json)", [&o](const httplib::Request& req, httplib::Response& res) {
    std::vector<FeedItem> items;
    for (const char* path : {"/news/g1", "/news/slow", "/news/huge"}) {
      items.push_back(ItemOf(o.site, path, o.Find(path)->story));
    }
    if (AnswerConditional(req, res, "\"gamma-json-v1\"", items[0].published)) return;
    res.set_content(JsonFeed(o.site, items), "application/feed+json; charset=utf-8");
  });
  s.Get(R"(/index\.rdf)", [&o](const httplib::Request& req, httplib::Response& res) {
    std::vector<FeedItem> items = {ItemOf(o.site, "/news/g2", o.Find("/news/g2")->story)};
    if (AnswerConditional(req, res, "", items[0].published)) return;  // Last-Modified only
    res.set_content(Rdf(o.site, items, items[0].published), "application/rdf+xml; charset=utf-8");
  });
  s.Get(R"(/broken\.xml)", [&o](const httplib::Request&, httplib::Response& res) {
    std::vector<FeedItem> items = {ItemOf(o.site, "/news/g3", o.Find("/news/g3")->story)};
    std::string rss = Rss2(o.site, items, items[0].published);
    rss.erase(rss.find("</channel>"));
    rss += "<item>\n<title>Council to vote on the harbour wall as storms ";  // cut off here
    res.set_content(rss, "application/rss+xml; charset=utf-8");
  });
  RouteSlow(o);
  RouteHuge(o);
  RouteHome(o);
  RouteArticles(o);
}

// Fixture articles: each its own kind of event, so no two are near-duplicates. kind -1 is the
// Russian article.
struct FixtureArticle {
  const char* outlet;
  const char* path;
  int kind;
  int minutes_ago;  // its date: the server's start minus this
  bool linked;
  bool gzip;
};
constexpr FixtureArticle kFixtureArticles[] = {
    {"alpha", "/news/a1", 0, 14, true, true},
    {"alpha", "/news/a2", 1, 27, true, true},
    {"alpha", "/news/a3", 2, 41, true, false},
    {"alpha", "/news/flaky", 3, 55, true, false},
    {"alpha", "/private/secret", 4, 68, false, false},
    {"alpha", "/news/a4", 5, 0, false, false},  // dated when published
    {"beta", "/news/b1", 6, 9, true, false},
    {"beta", "/news/b2", 7, 22, true, false},
    {"beta", "/news/b3", 8, 36, true, false},
    {"beta", "/news/ru1", -1, 20, true, false},
    {"beta", "/drafts/b9", 9, 3, false, false},
    {"gamma", "/news/g1", 10, 12, true, false},
    {"gamma", "/news/g2", 11, 31, true, false},
    {"gamma", "/news/g3", 12, 47, true, false},
    {"gamma", "/news/slow", 13, 6, false, false},
    {"gamma", "/news/huge", 14, 80, false, false},
};

std::unique_ptr<Outlet> NewOutlet(std::string name, std::string title, int threads) {
  auto o = std::make_unique<Outlet>();
  o->site.name = std::move(name);
  o->site.title = std::move(title);
  o->server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  // httplib closes a keep-alive connection after 5 requests by default; a crawler keeps one
  // connection per host for many more.
  o->server.set_keep_alive_max_count(10000);
  // httplib writes the headers and the body separately; with Nagle's algorithm the body then
  // waits for the client's delayed ACK, about 40 ms a response.
  o->server.set_tcp_nodelay(true);
  return o;
}

std::vector<std::unique_ptr<Outlet>> MakeFixtureOutlets() {
  std::vector<std::unique_ptr<Outlet>> outlets;
  outlets.push_back(NewOutlet("alpha", "Alpha News", 8));
  outlets.push_back(NewOutlet("beta", "Beta Daily", 8));
  outlets.push_back(NewOutlet("gamma", "Gamma Wire", 8));
  outlets[0]->site.alternates = {{"application/rss+xml", "/feed.xml"}};
  outlets[1]->site.alternates = {{"application/atom+xml", "/atom.xml"}};
  outlets[2]->site.alternates = {{"application/feed+json", "/feed.json"},
                                 {"application/rdf+xml", "/index.rdf"}};
  for (const FixtureArticle& f : kFixtureArticles) {
    Article a;
    a.path = f.path;
    a.kind = f.kind;
    a.linked = f.linked;
    a.gzip = f.gzip;
    a.seed = Fnv1a(std::string(f.outlet) + a.path);
    time_t published = g_start - f.minutes_ago * 60;
    a.story = a.kind < 0 ? RussianStory(published) : MakeStory(a.seed, a.kind, published);
    for (auto& o : outlets) {
      if (o->site.name == f.outlet) o->articles.push_back(std::move(a));
    }
  }
  SetupAlpha(*outlets[0]);
  SetupBeta(*outlets[1]);
  SetupGamma(*outlets[2]);
  return outlets;
}

// ---------------------------------------------------------------------------------------------
// Bench mode: articles generated on the fly from (host, K).

time_t BenchDate(const Outlet& o, int k) {
  return g_start - 60 - static_cast<time_t>(o.bench_articles - 1 - k) * o.bench_spacing;
}

Story BenchStory(const Outlet& o, int k) {
  return MakeStory(Fnv1a(o.site.name + "/a/" + std::to_string(k)), -1, BenchDate(o, k));
}

std::string BenchPath(int k) { return "/a/" + std::to_string(k) + ".html"; }

void SetupBenchHost(Outlet& o) {
  httplib::Server& s = o.server;
  s.Get(R"(/robots\.txt)", [&o](const httplib::Request&, httplib::Response& res) {
    res.set_content("User-agent: *\nAllow: /\n\nSitemap: " + o.site.Url("/sitemap.xml") + "\n",
                    "text/plain; charset=utf-8");
  });
  s.Get(R"(/sitemap\.xml)", [&o](const httplib::Request&, httplib::Response& res) {
    std::vector<std::pair<std::string, time_t>> urls;
    for (int k = o.bench_articles - 1; k >= 0; --k) {
      urls.emplace_back(o.site.Url(BenchPath(k)), BenchDate(o, k));
    }
    res.set_content(UrlSet(urls), "application/xml");
  });
  s.Get(R"(/feed\.xml)", [&o](const httplib::Request&, httplib::Response& res) {
    std::vector<FeedItem> items;
    for (int k = o.bench_articles - 1; k >= 0 && k >= o.bench_articles - 50; --k) {
      items.push_back(ItemOf(o.site, BenchPath(k), BenchStory(o, k)));
    }
    res.set_content(Rss2(o.site, items, BenchDate(o, o.bench_articles - 1)),
                    "application/rss+xml; charset=utf-8");
  });
  s.Get("/", [&o](const httplib::Request&, httplib::Response& res) {
    std::vector<Story> stories;
    std::vector<Teaser> teasers;
    int newest = o.bench_articles - 1;
    for (int k = newest; k >= 0 && k > newest - 10; --k) stories.push_back(BenchStory(o, k));
    for (std::size_t i = 0; i < stories.size(); ++i) {
      teasers.push_back({BenchPath(newest - static_cast<int>(i)), &stories[i]});
    }
    res.set_content(RenderHome(o.site, teasers), kHtml);
  });
  s.Get(R"(/a/(\d{1,9})\.html)", [&o](const httplib::Request& req, httplib::Response& res) {
    int k = std::atoi(req.matches[1].str().c_str());
    if (k >= o.bench_articles) {
      res.status = 404;
      return;
    }
    std::vector<Link> related;  // the five before it, wrapping round to the newest
    for (int j = 1; j <= 5 && j < o.bench_articles; ++j) {
      int other = (k - j + o.bench_articles) % o.bench_articles;
      related.push_back({BenchPath(other), BenchStory(o, other).headline});
    }
    Story story = BenchStory(o, k);
    res.set_header("Last-Modified", HttpDate(story.published));
    res.set_content(RenderArticle(o.site, kEnglish, story, BenchPath(k), related), kHtml);
  });
}

std::vector<std::unique_ptr<Outlet>> MakeBenchOutlets(int hosts, int articles) {
  // Dates spread over about four hours, at least a second apart.
  int spacing = std::clamp(4 * 3600 / articles, 1, 600);
  int width = std::max(2, static_cast<int>(std::to_string(hosts - 1).size()));
  std::vector<std::unique_ptr<Outlet>> outlets;
  for (int h = 0; h < hosts; ++h) {
    std::string number = std::to_string(h);
    std::string name = "h" + std::string(width - number.size(), '0') + number;
    auto o = NewOutlet(name, "The " + name + " Herald", 8);
    o->site.alternates = {{"application/rss+xml", "/feed.xml"}};
    o->bench_articles = articles;
    o->bench_spacing = spacing;
    SetupBenchHost(*o);
    outlets.push_back(std::move(o));
  }
  return outlets;
}

// ---------------------------------------------------------------------------------------------
// Running

// Logs each request on arrival (before routing) and hides its Accept-Encoding from httplib:
// built with zlib and brotli, httplib 0.11 would otherwise compress every text response itself
// (brotli first), which would double-encode the articles we gzip ourselves and make what the
// crawler receives depend on the library. The hook gets the request as const, but httplib hands
// it a non-const Request it owns (Server::process_request), so the const_cast is well defined.
void InstallHooks(Outlet& o, RequestLog& log) {
  o.server.set_pre_routing_handler([&o, &log](const httplib::Request& req, httplib::Response&) {
    log.Write(o.site.name, req);
    auto& mutable_req = const_cast<httplib::Request&>(req);
    std::string accept = req.get_header_value("Accept-Encoding");
    mutable_req.headers.erase("Accept-Encoding");
    mutable_req.headers.emplace(kClientAcceptEncoding, accept);
    return httplib::Server::HandlerResponse::Unhandled;
  });
  o.server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (res.body.empty() && res.status != 304) {
      res.set_content("<html><body><h1>" + std::to_string(res.status) + "</h1></body></html>\n",
                      kHtml);
    }
  });
}

struct Options {
  std::string ready;
  std::string log;
  bool bench = false;
  int hosts = 10;
  int articles = 1000;
  int max_seconds = 300;
};

bool ParseOptions(int argc, char** argv, Options& opt) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    bool has_value = i + 1 < argc;
    if (arg == "--bench") {
      opt.bench = true;
    } else if (arg == "--ready" && has_value) {
      opt.ready = argv[++i];
    } else if (arg == "--log" && has_value) {
      opt.log = argv[++i];
    } else if (arg == "--hosts" && has_value) {
      opt.hosts = std::atoi(argv[++i]);
    } else if (arg == "--articles" && has_value) {
      opt.articles = std::atoi(argv[++i]);
    } else if (arg == "--max-seconds" && has_value) {
      opt.max_seconds = std::atoi(argv[++i]);
    } else {
      return false;
    }
  }
  return !opt.ready.empty() && !opt.log.empty() && opt.hosts >= 1 && opt.hosts <= 1000 &&
         opt.articles >= 1 && opt.articles <= 10000000 && opt.max_seconds >= 1;
}

// Fails (and says where) when a generated story still holds a {slot} or is too short, or when
// the Russian page has a character windows-1251 cannot hold.
bool SelfCheck() {
  constexpr std::size_t kMinText = 1500;  // the brief: at least ~1,500 characters of prose
  for (int kind = 0; kind < kKindCount; ++kind) {
    for (uint64_t seed = 1; seed <= 64; ++seed) {
      Story s = MakeStory(seed * 7919, kind, g_start);
      std::size_t chars = 0;
      for (const std::string& p : s.paragraphs) chars += p.size();
      std::string all = s.headline + s.author;
      for (const std::string& p : s.paragraphs) all += p;
      if (all.find('{') != std::string::npos || chars < kMinText) {
        std::fprintf(stderr, "outlets_server: kind %d seed %llu: unfilled slot or %zu chars\n",
                     kind, static_cast<unsigned long long>(seed), chars);
        return false;
      }
    }
  }
  Site site{"beta", "Beta Daily", 0, {}};
  int unmapped = 0;
  ToWindows1251(RenderArticle(site, kRussian, RussianStory(g_start), "/news/ru1", {}), &unmapped);
  if (unmapped != 0) {
    std::fprintf(stderr, "outlets_server: %d characters not in windows-1251\n", unmapped);
    return false;
  }
  return true;
}

bool WriteReadyFile(const std::string& path, const std::vector<std::unique_ptr<Outlet>>& outlets) {
  std::string tmp = path + ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "w");
  if (f == nullptr) return false;
  for (const auto& o : outlets) std::fprintf(f, "%s %d\n", o->site.name.c_str(), o->site.port);
  bool ok = std::fflush(f) == 0;
  ok = std::fclose(f) == 0 && ok;
  return ok && std::rename(tmp.c_str(), path.c_str()) == 0;
}

// Waits for SIGTERM or SIGINT (blocked in every thread, so only this wait receives them) or
// until `seconds` have passed.
void WaitForStop(const sigset_t& signals, int seconds) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    struct timespec step = {0, 200 * 1000 * 1000};
    int sig = sigtimedwait(&signals, nullptr, &step);
    if (sig == SIGTERM || sig == SIGINT) return;
  }
}

bool AllRunning(const std::vector<std::unique_ptr<Outlet>>& outlets) {
  for (const auto& o : outlets) {
    if (!o->server.is_running()) return false;
  }
  return true;
}

// Stops every server and gives their threads a bounded time to finish. httplib's workers can sit
// on an idle keep-alive connection for up to its keep-alive timeout (5 s); rather than wait, the
// process then ends at once with the log already flushed and closed.
int Shutdown(std::vector<std::unique_ptr<Outlet>>& outlets, RequestLog& log) {
  g_stopping.store(true);
  for (auto& o : outlets) o->server.stop();
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(1500);
  bool all = false;
  while (!all && std::chrono::steady_clock::now() < deadline) {
    all = true;
    for (auto& o : outlets) all = all && o->finished.load();
    if (!all) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  log.Close();
  std::fprintf(stderr, "outlets_server: stopped%s\n",
               all ? "" : " (leaving connections that were still open)");
  if (!all) {
    std::fflush(stderr);
    _exit(0);
  }
  for (auto& o : outlets) o->thread.join();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  if (!ParseOptions(argc, argv, opt)) {
    std::fprintf(stderr,
                 "usage: outlets_server --ready FILE --log FILE [--bench --hosts N --articles M] "
                 "[--max-seconds S]\n");
    return 2;
  }
  g_start = std::time(nullptr);
  if (!SelfCheck()) return 1;
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);  // before any thread starts; they inherit it
  signal(SIGPIPE, SIG_IGN);
  std::FILE* log_file = std::fopen(opt.log.c_str(), "w");
  if (log_file == nullptr) {
    std::fprintf(stderr, "outlets_server: cannot open log %s\n", opt.log.c_str());
    return 1;
  }
  RequestLog log(log_file);
  auto outlets = opt.bench ? MakeBenchOutlets(opt.hosts, opt.articles) : MakeFixtureOutlets();
  for (auto& o : outlets) {
    InstallHooks(*o, log);
    o->site.port = o->server.bind_to_any_port("127.0.0.1");
    if (o->site.port <= 0) {
      std::fprintf(stderr, "outlets_server: cannot bind %s\n", o->site.name.c_str());
      return 1;
    }
  }
  for (auto& o : outlets) {
    Outlet* p = o.get();
    o->thread = std::thread([p] {
      p->server.listen_after_bind();
      p->finished.store(true);
    });
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (!AllRunning(outlets) && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  const char* failure = !AllRunning(outlets)                  ? "the servers did not start"
                        : !WriteReadyFile(opt.ready, outlets) ? "cannot write the ready file"
                                                              : nullptr;
  if (failure != nullptr) {
    std::fprintf(stderr, "outlets_server: %s\n", failure);
    log.Close();
    _exit(1);
  }
  std::fprintf(stderr, "outlets_server: %zu outlets ready (%s)\n", outlets.size(),
               opt.ready.c_str());
  WaitForStop(signals, opt.max_seconds);
  return Shutdown(outlets, log);
}
