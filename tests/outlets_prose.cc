// outlets_prose: see outlets_prose.h.
#include "outlets_prose.h"

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <string_view>
#include <utility>

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
      {"weekday", Weekday(published)},
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

}  // namespace

const int kStoryKinds = kKindCount;

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

}  // namespace outlets
