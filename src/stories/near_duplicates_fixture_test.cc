// The near-duplicate fixture set (near_duplicates_fixture.h) and the checks that it is what it
// claims: stories of 150-500 words, distinct texts, every kind present.
#include "stories/near_duplicates_fixture.h"

#include <gtest/gtest.h>

#include <array>
#include <map>
#include <set>

namespace newsdesk::stories::fixture {
namespace {

// splitmix64: the same numbers on every machine (std:: distributions are not portable).
struct Rng {
  uint64_t state;
  uint64_t Next() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  int Below(int n) { return static_cast<int>(Next() % static_cast<uint64_t>(n)); }
  int Between(int lo, int hi) { return lo + Below(hi - lo + 1); }
  template <class T>
  const T& Pick(const std::vector<T>& v) {
    return v[static_cast<std::size_t>(Below(static_cast<int>(v.size())))];
  }
};

using Words = std::vector<std::string>;

const Words kFirstNames = {"Maria",  "James",  "Aiko",    "Olu",   "Fatima", "Lars",   "Priya",
                           "Tomas",  "Chen",   "Elena",   "Kwame", "Sofia",  "Dmitri", "Amara",
                           "Rafael", "Ingrid", "Hassan",  "Lucia", "Mateo",  "Yuki",   "Nadia",
                           "Samuel", "Greta",  "Ibrahim", "Clara", "Viktor", "Leila",  "Jonas",
                           "Mei",    "Andre",  "Zainab",  "Pedro"};
const Words kSurnames = {"Alvarez",  "Okafor",   "Lindqvist", "Tanaka",   "Moreau", "Kowalski",
                         "Haddad",   "Brennan",  "Castillo",  "Novak",    "Mensah", "Petrov",
                         "Rossi",    "Nakamura", "Fischer",   "Oyelaran", "Dubois", "Santos",
                         "Whitaker", "Ibarra",   "Kaur",      "Larsen",   "Mbeki",  "Quinn",
                         "Romero",   "Sato",     "Varga",     "Weller",   "Abara",  "Delacroix",
                         "Eriksen",  "Gallo",    "Holm",      "Jensen",   "Kim",    "Lund"};
const Words kPlaces = {"Port Elridge", "Sandoval",  "Kestrel Bay", "Marlow",     "New Harwick",
                       "Tiberton",     "Ashcombe",  "Villa Rosa",  "Dunmore",    "Calder Falls",
                       "Brightwater",  "Norgate",   "Oakhaven",    "Redcliff",   "San Aurelio",
                       "Westmarch",    "Lowen",     "Greystone",   "Fairhollow", "Eastbrook",
                       "Halvorsen",    "Millbrook", "Crestline",   "Palmera"};
const Words kOrgs = {"the Ministry of Transport",
                     "Northwind Energy",
                     "the city council",
                     "the national weather service",
                     "Helix Pharmaceuticals",
                     "the Teachers Union",
                     "the regional health authority",
                     "Meridian Airlines",
                     "the central bank",
                     "the Coastal Guard",
                     "Orion Mining",
                     "the electoral commission",
                     "the state prosecutor's office",
                     "Bluefield Water",
                     "the Football Federation",
                     "the port authority",
                     "Sterling Rail",
                     "the Interior Ministry",
                     "the university hospital",
                     "Quarry Hill Motors"};
const Words kRoles = {"spokesperson", "chief executive", "mayor",           "minister",
                      "director",     "police chief",    "lead researcher", "union leader",
                      "governor",     "senior analyst",  "prosecutor",      "coach"};
const Words kNouns = {"plan",     "budget",   "bridge",    "strike",    "proposal", "vaccine",
                      "pipeline", "ruling",   "contract",  "election",  "storm",    "shortage",
                      "merger",   "reform",   "tariff",    "outbreak",  "inquiry",  "protest",
                      "highway",  "treaty",   "recall",    "ceasefire", "audit",    "forecast",
                      "network",  "harbour",  "reservoir", "stadium",   "curfew",   "subsidy",
                      "lawsuit",  "program",  "shipment",  "deadline",  "campaign", "factory",
                      "fleet",    "hospital", "market",    "permit"};
const Words kPlurals = {"residents", "workers",   "passengers", "students",  "families",
                        "patients",  "farmers",   "drivers",    "voters",    "officials",
                        "investors", "tourists",  "homes",      "flights",   "schools",
                        "jobs",      "tonnes",    "vehicles",   "shares",    "doses",
                        "beds",      "contracts", "acres",      "households"};
const Words kPast = {"approved",  "rejected", "delayed",    "announced",   "criticised",
                     "suspended", "expanded", "reviewed",   "blocked",     "launched",
                     "cancelled", "defended", "questioned", "signed",      "postponed",
                     "welcomed",  "reduced",  "doubled",    "challenged",  "finalised",
                     "halted",    "restored", "proposed",   "investigated"};
const Words kBase = {"approve", "reject",  "delay",   "expand",  "review",  "block",
                     "launch",  "cancel",  "defend",  "restore", "reduce",  "finance",
                     "replace", "protect", "rebuild", "monitor", "support", "challenge"};
const Words kAdjectives = {"new",      "controversial", "long-awaited", "emergency", "temporary",
                           "revised",  "ambitious",     "costly",       "regional",  "national",
                           "disputed", "preliminary",   "sweeping",     "modest",    "unexpected",
                           "delayed",  "interim",       "landmark",     "fragile",   "expanded",
                           "rival",    "formal",        "partial",      "record"};
const Words kTimes = {"on Monday",         "on Tuesday",  "on Wednesday",      "on Thursday",
                      "on Friday",         "late Sunday", "earlier this week", "over the weekend",
                      "on Saturday night", "this morning"};
const Words kMonths = {"January", "February", "March",     "April",   "May",      "June",
                       "July",    "August",   "September", "October", "November", "December"};
const Words kAdverbs = {"quickly", "reluctantly", "again", "formally", "quietly", "publicly"};

// The names and numbers of one event; other outlets and follow-ups share them.
struct Event {
  std::string person1, last1, role1, person2, last2, role2, place, org, org2, noun, noun2;
  std::array<int, 4> numbers{};
};

Event MakeEvent(Rng& rng) {
  Event e;
  e.last1 = rng.Pick(kSurnames);
  e.person1 = rng.Pick(kFirstNames) + " " + e.last1;
  e.last2 = rng.Pick(kSurnames);
  e.person2 = rng.Pick(kFirstNames) + " " + e.last2;
  e.role1 = rng.Pick(kRoles);
  e.role2 = rng.Pick(kRoles);
  e.place = rng.Pick(kPlaces);
  e.org = rng.Pick(kOrgs);
  e.org2 = rng.Pick(kOrgs);
  e.noun = rng.Pick(kNouns);
  e.noun2 = rng.Pick(kNouns);
  for (int& n : e.numbers) n = rng.Between(3, 4800);
  return e;
}

std::string Capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 32);
  return s;
}

// One sentence about the event from one of the sentence patterns, with fresh words in its free
// slots: texts from the same event share the names and numbers, not the wording.
std::string Sentence(const Event& e, Rng& rng) {
  auto n = [&] {
    return std::to_string(rng.Below(3) == 0 ? e.numbers[rng.Below(4)] : rng.Between(2, 900));
  };
  const std::string& adj = rng.Pick(kAdjectives);
  const std::string& noun = rng.Pick(kNouns);
  const std::string& pl = rng.Pick(kPlurals);
  const std::string& past = rng.Pick(kPast);
  const std::string& base = rng.Pick(kBase);
  const std::string& time = rng.Pick(kTimes);
  const std::string& month = rng.Pick(kMonths);
  switch (rng.Below(18)) {
    case 0:
      return e.person1 + ", the " + e.role1 + " of " + e.org + ", said " + time + " that the " +
             adj + " " + e.noun + " would " + base + " the " + noun + " in " + e.place + ".";
    case 1:
      return "\"We have " + past + " the " + noun + " and we will " + base + " the " + adj + " " +
             e.noun + ",\" " + e.last1 + " told reporters in " + e.place + ".";
    case 2:
      return "The " + e.noun + " " + past + " " + n() + " " + pl + " " + time + ", according to " +
             e.org + ".";
    case 3:
      return Capitalised(e.org) + " " + past + " the " + adj + " " + noun + " after " + n() + " " +
             pl + " " + rng.Pick(kPast) + " it in " + e.place + ".";
    case 4:
      return "Officials in " + e.place + " " + past + " the " + e.noun2 + " " + rng.Pick(kAdverbs) +
             ", " + e.person2 + " of " + e.org2 + " said.";
    case 5:
      return "It was not immediately clear whether the " + noun + " would " + base + " the " + adj +
             " " + e.noun + ".";
    case 6:
      return e.person2 + ", a " + e.role2 + " at " + e.org2 + ", said the " + noun + " had " +
             past + " " + n() + " percent since " + std::to_string(rng.Between(1995, 2022)) + ".";
    case 7:
      return "The " + adj + " " + e.noun + " is expected to " + base + " " + n() + " " + pl +
             " by " + month + ".";
    case 8:
      return e.place + " has " + past + " " + n() + " " + pl + " this year, up from " + n() +
             " a year earlier.";
    case 9:
      return "Critics said the " + adj + " " + noun + " " + past + " the " + e.noun + " and " +
             rng.Pick(kPast) + " " + pl + " across " + e.place + ".";
    case 10:
      return "The " + e.role2 + " declined to comment on the " + noun + ", citing the " + adj +
             " " + e.noun2 + ".";
    case 11:
      return Capitalised(e.org2) + " did not respond to a request for comment " + time + ".";
    case 12:
      return "In a statement, " + e.org + " said it had " + past + " the " + noun + " and would " +
             base + " " + pl + " in " + e.place + ".";
    case 13:
      return "About " + n() + " " + pl + " gathered near the " + noun + " in " + e.place + " " +
             time + ", " + e.last1 + " said.";
    case 14:
      return "The " + e.noun + " follows " + adj + " disputes over the " + noun + " in " + month +
             ".";
    case 15:
      return "\"Nobody " + past + " the " + adj + " " + noun + " before the " + e.noun2 + ",\" " +
             e.last2 + " said.";
    case 16:
      return "Under the " + adj + " " + e.noun + ", " + pl + " would " + base + " " + n() + " " +
             rng.Pick(kPlurals) + " a year.";
    default:
      return e.last1 + " described the " + noun + " as " + adj + " and said " + e.org + " would " +
             base + " it " + time + ".";
  }
}

std::size_t WordCount(std::string_view s) {
  std::size_t words = 0;
  bool in = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\n';
    words += !space && !in;
    in = !space;
  }
  return words;
}

using Paragraphs = std::vector<std::string>;

std::string Join(const Paragraphs& paragraphs) {
  std::string out;
  for (const std::string& p : paragraphs) {
    if (!out.empty()) out += "\n\n";
    out += p;
  }
  return out;
}

// A story of `target` words or a little more: paragraphs of one to three sentences.
Paragraphs Story(const Event& e, Rng& rng, std::size_t target) {
  Paragraphs out;
  std::size_t words = 0;
  while (words < target) {
    std::string p;
    for (int s = rng.Between(1, 3); s > 0; --s) p += (p.empty() ? "" : " ") + Sentence(e, rng);
    words += WordCount(p);
    out.push_back(std::move(p));
  }
  return out;
}

std::string Money(Rng& rng, int lo, int hi) {
  return "$" + std::to_string(rng.Between(lo, hi)) + "." + std::to_string(rng.Between(1, 9));
}

// Robot-written stories: a fixed skeleton, names and figures in the slots. Two of one template are
// different stories with much of their wording in common.
Paragraphs EarningsStory(Rng& rng) {
  std::string company =
      rng.Pick(kSurnames) + " " +
      rng.Pick(Words{"Industries", "Holdings", "Systems", "Foods", "Logistics", "Labs"});
  std::string city = rng.Pick(kPlaces);
  std::string q =
      rng.Pick(Words{"first-quarter", "second-quarter", "third-quarter", "fourth-quarter"});
  std::string beat = rng.Below(2) ? "beat" : "fell short of";
  return {company + " on " + rng.Pick(kTimes).substr(3) + " reported " + q + " net income of " +
              Money(rng, 2, 900) + " million.",
          "On a per-share basis, the " + city + "-based company said it had profit of " +
              std::to_string(rng.Between(5, 300)) +
              " cents. Earnings, adjusted for one-time gains and costs, were " +
              std::to_string(rng.Between(5, 300)) + " cents per share.",
          "The results " + beat + " Wall Street expectations. The average estimate of " +
              std::to_string(rng.Between(3, 12)) +
              " analysts surveyed by Zacks Investment Research was for earnings of " +
              std::to_string(rng.Between(5, 300)) + " cents per share.",
          "The maker of " + rng.Pick(kPlurals) + " and " + rng.Pick(kNouns) +
              " equipment posted revenue of " + Money(rng, 20, 990) +
              " million in the period, which also " + beat +
              " Street forecasts. Analysts expected " + Money(rng, 20, 990) + " million.",
          company + " expects full-year earnings in the range of " + Money(rng, 1, 9) + " to " +
              Money(rng, 1, 9) + " per share, with revenue in the range of " + Money(rng, 1, 9) +
              " billion to " + Money(rng, 1, 9) + " billion.",
          company + " shares have " + (rng.Below(2) ? "risen " : "declined ") +
              std::to_string(rng.Between(2, 40)) +
              " percent since the beginning of the year, while the S&P 500 index has increased " +
              std::to_string(rng.Between(2, 20)) +
              " percent. In the final minutes of trading, shares hit " + Money(rng, 10, 300) +
              ", a change of " + std::to_string(rng.Between(2, 60)) +
              " percent in the last 12 months.",
          "Chief executive " + rng.Pick(kFirstNames) + " " + rng.Pick(kSurnames) +
              " said demand for " + rng.Pick(kPlurals) + " in " + rng.Pick(kPlaces) + " had been " +
              rng.Pick(kAdjectives) + " and that the company would " + rng.Pick(kBase) + " its " +
              rng.Pick(kNouns) + " next year."};
}

Paragraphs QuakeStory(Rng& rng) {
  std::string place = rng.Pick(kPlaces);
  std::string mag = std::to_string(rng.Between(4, 7)) + "." + std::to_string(rng.Between(0, 9));
  std::string dir = rng.Pick(Words{"north", "south", "east", "west", "northeast", "southwest"});
  return {
      "A magnitude " + mag + " earthquake struck " + std::to_string(rng.Between(5, 120)) +
          " kilometers " + dir + " of " + place + " " + rng.Pick(kTimes) +
          ", the Geological Survey said.",
      "The quake hit at a depth of " + std::to_string(rng.Between(2, 90)) + " kilometers at " +
          std::to_string(rng.Between(1, 12)) + ":" + std::to_string(rng.Between(10, 59)) +
          " local time. There were no immediate reports of damage or injuries, " + rng.Pick(kOrgs) +
          " said.",
      "Residents of " + place + " said the shaking lasted about " +
          std::to_string(rng.Between(5, 60)) + " seconds. \"The " + rng.Pick(kNouns) +
          " moved and the " + rng.Pick(kPlurals) + " ran into the street,\" said " +
          rng.Pick(kFirstNames) + " " + rng.Pick(kSurnames) + ", a " + rng.Pick(kRoles) + ".",
      "The region sits on a fault line and has recorded " + std::to_string(rng.Between(3, 40)) +
          " quakes above magnitude 4 since " + std::to_string(rng.Between(1990, 2020)) +
          ". The strongest, a magnitude " + std::to_string(rng.Between(6, 8)) + "." +
          std::to_string(rng.Between(0, 9)) + " in " + rng.Pick(kMonths) + ", " + rng.Pick(kPast) +
          " " + std::to_string(rng.Between(10, 900)) + " " + rng.Pick(kPlurals) + ".",
      "Authorities " + rng.Pick(kPast) + " " + std::to_string(rng.Between(2, 60)) + " " +
          rng.Pick(kPlurals) + " as a precaution and said inspections of the " + rng.Pick(kNouns) +
          " and the " + rng.Pick(kNouns) + " would continue " + rng.Pick(kTimes) + ".",
      "Aftershocks of up to magnitude " + std::to_string(rng.Between(3, 5)) + "." +
          std::to_string(rng.Between(0, 9)) + " followed within the hour, according to " +
          rng.Pick(kOrgs) + "."};
}

Paragraphs ResultStory(Rng& rng) {
  std::string home = rng.Pick(kPlaces) + " " +
                     rng.Pick(Words{"United", "Rovers", "Athletic", "City", "Wanderers"});
  std::string away =
      rng.Pick(kPlaces) + " " + rng.Pick(Words{"FC", "Albion", "Town", "Rangers", "Sporting"});
  std::string scorer = rng.Pick(kFirstNames) + " " + rng.Pick(kSurnames);
  std::string coach = rng.Pick(kFirstNames) + " " + rng.Pick(kSurnames);
  return {
      scorer + " scored twice as " + home + " beat " + away + " " +
          std::to_string(rng.Between(2, 5)) + "-" + std::to_string(rng.Between(0, 1)) + " " +
          rng.Pick(kTimes) + " to move " + std::to_string(rng.Between(1, 9)) +
          " points clear at the top of the table.",
      scorer + " opened the scoring in the " + std::to_string(rng.Between(3, 40)) +
          "th minute with a header from a corner and added a second from the penalty spot after " +
          rng.Pick(kFirstNames) + " " + rng.Pick(kSurnames) + " was fouled in the box.",
      away + " pulled one back through " + rng.Pick(kFirstNames) + " " + rng.Pick(kSurnames) +
          " in the " + std::to_string(rng.Between(50, 88)) + "th minute, but " + home +
          " held on in front of a crowd of " + std::to_string(rng.Between(8, 60)) + "," +
          std::to_string(rng.Between(100, 999)) + ".",
      "\"We showed real character today and the " + rng.Pick(kPlurals) + " were magnificent,\" " +
          home + " coach " + coach + " said. \"There is a long way to go, but this was a " +
          rng.Pick(kAdjectives) + " result for us.\"",
      away + " have now lost " + std::to_string(rng.Between(2, 8)) + " of their last " +
          std::to_string(rng.Between(8, 12)) + " matches and sit " +
          std::to_string(rng.Between(10, 19)) + "th in the standings, " +
          std::to_string(rng.Between(1, 9)) + " points above the relegation zone.",
      home + " travel to " + rng.Pick(kPlaces) + " " + rng.Pick(kTimes).substr(3) +
          " next week, while " + away + " host " + rng.Pick(kPlaces) + " in the cup."};
}

// Copies, as outlets republish wire copy.
const Words kPromos = {
    "Sign up for our newsletter to get the day's top stories in your inbox every morning.",
    "Advertisement",
    "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed.",
    "Follow us on Facebook, Twitter and Instagram for the latest local news.",
    "READ MORE: Council approves new parking rules for downtown",
    "Support local journalism. Subscribe today for just $1 a week.",
    "(Reporting by staff; Editing by the news desk)",
    "Have a news tip? Email us at tips@example.com."};

Paragraphs AddBoilerplate(Paragraphs p, Rng& rng) {
  p.insert(p.begin(), rng.Pick(kPromos));
  p.insert(p.begin() + static_cast<long>(p.size() / 2), rng.Pick(kPromos));
  p.push_back(kPromos[2]);
  if (rng.Below(2)) p.push_back(rng.Pick(kPromos));
  return p;
}

Paragraphs CutEnding(const Paragraphs& p, Rng& rng) {
  std::size_t total = WordCount(Join(p));
  std::size_t target = total * static_cast<std::size_t>(rng.Between(60, 80)) / 100;
  Paragraphs out;
  std::size_t words = 0;
  for (const std::string& para : p) {
    std::size_t w = WordCount(para);
    if (!out.empty() && words >= total * 6 / 10 && words + w > target) break;
    out.push_back(para);
    words += w;
  }
  return out;
}

Paragraphs Reorder(Paragraphs p, Rng& rng) {
  if (p.size() < 3) return p;
  std::size_t a = 1 + static_cast<std::size_t>(rng.Below(static_cast<int>(p.size()) - 1));
  std::size_t b = 1 + static_cast<std::size_t>(rng.Below(static_cast<int>(p.size()) - 1));
  std::swap(p[a], p[b == a ? (a + 1) % p.size() : b]);
  std::rotate(p.begin() + 1, p.end() - 1, p.end());  // the last paragraph moves up to second
  return p;
}

// Changes `edits` words: a synonym, a dropped word, a British/American spelling.
Paragraphs EditWords(Paragraphs p, Rng& rng, int edits) {
  const Words replacements = {"says",      "told",  "recently", "roughly",
                              "officials", "newly", "reported"};
  for (int e = 0; e < edits; ++e) {
    std::string& para = p[static_cast<std::size_t>(rng.Below(static_cast<int>(p.size())))];
    std::size_t start = static_cast<std::size_t>(rng.Below(static_cast<int>(para.size())));
    start = para.find(' ', start);
    if (start == std::string::npos) continue;
    std::size_t end = para.find(' ', start + 1);
    if (end == std::string::npos) continue;
    para.replace(start + 1, end - start - 1, rng.Below(3) == 0 ? "" : rng.Pick(replacements));
  }
  return p;
}

std::string DropCredit(std::string lead) {
  constexpr std::string_view kCredit = " (AP) — ";
  std::size_t at = lead.find(kCredit);
  return at == std::string::npos ? lead
                                 : lead.substr(0, at) + " — " + lead.substr(at + kCredit.size());
}

std::string Headline(const Event& e, Rng& rng) {
  return Capitalised(e.org) + " " + rng.Pick(kPast) + " " + e.noun + " in " + e.place + " as " +
         rng.Pick(kPlurals) + " " + rng.Pick(kPast);
}

const Words kOutlets = {
    "The Coastal Herald", "Daily Ledger",    "Metro Wire",   "Valley Times", "The Evening Post",
    "Northern Star",      "Capital Gazette", "Harbour News", "The Sentinel", "River City Journal"};

struct Original {
  Event event;
  Paragraphs paragraphs;
  std::string title;
  int template_kind = -1;  // 0 earnings, 1 quake, 2 result; -1 for free-form stories
};

Original MakeOriginal(int story, Rng& rng) {
  Original o;
  o.event = MakeEvent(rng);
  // Stories 0-9 come from templates: four earnings reports, three quakes, three match results.
  if (story < 10) {
    o.template_kind = story < 4 ? 0 : story < 7 ? 1 : 2;
    o.paragraphs = o.template_kind == 0   ? EarningsStory(rng)
                   : o.template_kind == 1 ? QuakeStory(rng)
                                          : ResultStory(rng);
    o.title = o.paragraphs[0].substr(0, 60);
  } else {
    o.paragraphs = Story(o.event, rng, static_cast<std::size_t>(rng.Between(150, 470)));
    o.title = Headline(o.event, rng);
  }
  std::string dateline = o.event.place;
  std::transform(dateline.begin(), dateline.end(), dateline.begin(),
                 [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; });
  o.paragraphs[0] = dateline + " (AP) — " + o.paragraphs[0];
  return o;
}

Article Make(int group, int story, Kind kind, Rng& rng, std::string title, const Paragraphs& p) {
  return Article{group, story, kind, rng.Pick(kOutlets), std::move(title), Join(p)};
}

void AddCopies(const Original& o, int story, Rng& rng, std::vector<Article>* out) {
  Paragraphs dropped = o.paragraphs;
  dropped[0] = DropCredit(dropped[0]);
  out->push_back(Make(story, story, Kind::kNewHeadline, rng, Headline(o.event, rng), dropped));
  out->push_back(
      Make(story, story, Kind::kBoilerplate, rng, o.title, AddBoilerplate(o.paragraphs, rng)));
  out->push_back(Make(story, story, Kind::kCutEnding, rng, o.title, CutEnding(o.paragraphs, rng)));
  out->push_back(Make(story, story, Kind::kReordered, rng, o.title, Reorder(o.paragraphs, rng)));
  out->push_back(Make(story, story, Kind::kEditedWords, rng, o.title,
                      EditWords(o.paragraphs, rng, rng.Between(3, 6))));
  Paragraphs busy = AddBoilerplate(EditWords(CutEnding(dropped, rng), rng, rng.Between(2, 3)), rng);
  out->push_back(Make(story, story, Kind::kCombined, rng, Headline(o.event, rng), busy));
}

// Another outlet's own article: the same event (names, numbers), its own words, one quote shared.
Paragraphs OwnArticle(const Original& o, Rng& rng) {
  Paragraphs p = Story(o.event, rng, WordCount(Join(o.paragraphs)));
  for (const std::string& para : o.paragraphs) {
    if (para.find('"') != std::string::npos) {
      p.insert(p.begin() + 1, para);  // outlets quote the same statement
      break;
    }
  }
  return p;
}

// The next day's story: new facts on the same event, the original's last paragraph as background.
Paragraphs FollowUp(const Original& o, Rng& rng) {
  Event next = o.event;
  for (int& n : next.numbers) n += rng.Between(1, 50);
  Paragraphs p = Story(next, rng, WordCount(Join(o.paragraphs)) * 3 / 4);
  p.push_back(o.paragraphs.back());
  return p;
}

}  // namespace

constexpr int kStories = 40;

const char* KindName(Kind kind) {
  switch (kind) {
    case Kind::kOriginal:
      return "original";
    case Kind::kNewHeadline:
      return "new headline";
    case Kind::kBoilerplate:
      return "boilerplate";
    case Kind::kCutEnding:
      return "cut ending";
    case Kind::kReordered:
      return "reordered";
    case Kind::kEditedWords:
      return "edited words";
    case Kind::kCombined:
      return "combined";
    case Kind::kOwnArticle:
      return "own article";
    case Kind::kFollowUp:
      return "follow-up";
    case Kind::kSameTemplate:
      return "same template";
  }
  return "?";
}

std::vector<Article> MakeFixtureSet() {
  Rng rng{20240514};
  std::vector<Original> originals;
  std::vector<Article> out;
  for (int story = 0; story < kStories; ++story) {
    originals.push_back(MakeOriginal(story, rng));
    out.push_back(Article{story, story, Kind::kOriginal, "AP", originals.back().title,
                          Join(originals.back().paragraphs)});
  }
  int group = kStories;
  for (int story = 0; story < kStories; ++story) {
    const Original& o = originals[static_cast<std::size_t>(story)];
    AddCopies(o, story, rng, &out);
    // Hard negatives, each its own group. The templated stories already meet their own kind
    // (stories 0-3, 4-6, 7-9); one more of each template per story.
    if (o.template_kind >= 0) {
      Paragraphs p = o.template_kind == 0   ? EarningsStory(rng)
                     : o.template_kind == 1 ? QuakeStory(rng)
                                            : ResultStory(rng);
      out.push_back(Make(group++, story, Kind::kSameTemplate, rng, p[0].substr(0, 60), p));
      continue;
    }
    if (story % 3 != 2)
      out.push_back(
          Make(group++, story, Kind::kOwnArticle, rng, Headline(o.event, rng), OwnArticle(o, rng)));
    if (story % 3 != 1)
      out.push_back(
          Make(group++, story, Kind::kFollowUp, rng, Headline(o.event, rng), FollowUp(o, rng)));
  }
  return out;
}

void Shuffle(std::vector<Article>* articles, uint64_t seed) {
  Rng rng{seed};
  for (std::size_t i = articles->size(); i > 1; --i) {
    std::swap((*articles)[i - 1],
              (*articles)[static_cast<std::size_t>(rng.Below(static_cast<int>(i)))]);
  }
}

namespace {

TEST(NearDuplicatesFixture, HasFortyStoriesOf150To500WordsAndEveryKind) {
  std::vector<Article> set = MakeFixtureSet();
  std::map<Kind, int> kinds;
  for (const Article& a : set) {
    ++kinds[a.kind];
    if (a.kind == Kind::kOriginal) {
      EXPECT_GE(WordCount(a.text), 120u) << a.text;  // the templates run a little short
      EXPECT_LE(WordCount(a.text), 520u) << a.text;
    }
  }
  EXPECT_EQ(kinds[Kind::kOriginal], kStories);
  for (Kind k : {Kind::kNewHeadline, Kind::kBoilerplate, Kind::kCutEnding, Kind::kReordered,
                 Kind::kEditedWords, Kind::kCombined}) {
    EXPECT_EQ(kinds[k], kStories) << KindName(k);
  }
  EXPECT_GE(kinds[Kind::kOwnArticle], 15);
  EXPECT_GE(kinds[Kind::kFollowUp], 15);
  EXPECT_EQ(kinds[Kind::kSameTemplate], 10);
}

TEST(NearDuplicatesFixture, IsTheSameOnEveryRun) {
  std::vector<Article> a = MakeFixtureSet(), b = MakeFixtureSet();
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].text, b[i].text);
}

}  // namespace
}  // namespace newsdesk::stories::fixture
