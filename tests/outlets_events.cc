// outlets_events: see outlets_events.h for the template language and the slots.
//
// Why so many alternatives: the bench plays 10,000 articles, about 625 of each kind, and
// newsdesk's near-duplicate check (src/stories/near_duplicates.cc) calls two texts copies when
// their 5-word shingles overlap enough (estimated Jaccard >= 0.30). Any run of five fixed words
// is a shingle every article of its kind shares, so the templates put a choice or a slot every
// few words, and most sentences have two or three wordings. Two articles of one kind then share
// a Jaccard of about 0.065 (0.15 at the 99th percentile) and about 0.4% of the bench's articles
// are taken for copies, where with one wording a sentence nearly all of them were.
#include "outlets_events.h"

namespace outlets {
namespace {

constexpr EventKind kKinds[] = {
    {"Transport",
     "[the county's chief highways engineer|the head of highways for {county}|the county's "
     "director of roads]",
     "[the bridge closure|the closure of the bridge|the shutdown of the {river} Street bridge]",
     "[{city} closes {river} Street bridge for {n1} weeks after inspectors find corroded "
     "cables|{river} Street bridge in {city} shut for {n1} weeks over cable corrosion|Corroded "
     "cables force {n1}-week closure of {city}'s {river} Street bridge]",
     "[Engineers in {city} shut the {river} Street bridge to all traffic on {weekday}|The {river} "
     "Street bridge in {city} was closed to all traffic on {weekday}|{city} closed its {river} "
     "Street bridge to vehicles on {weekday}] after a [routine|scheduled|regular] inspection "
     "found [corrosion|rust damage|serious corrosion] on {n2} of the steel cables that [hold "
     "up|support|carry] its main span, [forcing|sending|diverting] {about} {n4} daily drivers "
     "onto detours that {officials} warned could add [half an hour|up to thirty minutes|as much "
     "as forty minutes] to [a commute|the journey to work|each trip].",
     {"{official}, {role}, said the [damage|corrosion] had been [found|discovered|picked up] "
      "during [an ultrasound survey|a routine ultrasound check|ultrasonic testing] [carried "
      "out|that engineers carry out|done] every two years. \"[We are not prepared to gamble with "
      "anyone's safety|We will not take chances with people's safety|Nobody's safety is worth a "
      "shorter drive],\" {official_last} [told reporters at the foot of the bridge|said at a "
      "briefing beside the bridge|said on {weekday}]. \"[The cables are not about to fail|Nothing "
      "is about to collapse|This is not a bridge on the point of falling down], but we cannot "
      "[certify them|sign them off as safe|guarantee them][, and a bridge we cannot certify is a "
      "bridge we close|. If we cannot certify a structure, we close it|, so the bridge stays shut "
      "until we can].\"",
      "[The crossing|The bridge|The span], [opened|built|completed] in {year}, carries the main "
      "road between the {district} district and the [town|city] centre. [Repairs are expected to "
      "cost|The repairs will cost|{Officials} put the cost of repairs at] {about} {money}, which "
      "the county says it will [cover|pay for|meet] from [an emergency maintenance fund|its "
      "emergency repairs budget|reserves set aside for emergencies] before [applying to|asking] "
      "the regional government for [a partial refund|help with the bill|part of the money back]. "
      "[Contractors are due on site within days.|A contractor has been appointed and is expected "
      "on site within days.|Work is {expected} to {start} within a week, weather permitting.]",
      "[Bus operators said|The bus company said|Transport planners said] [{n1b}|several] routes "
      "would be [diverted over|sent along|rerouted via] the old ferry road, and the county "
      "[added|installed|put up] {n1} temporary traffic lights [at junctions along the detour|on "
      "the diversion route|where the detour meets the ring road]. [Pedestrians and "
      "cyclists|People on foot or on bicycles|Walkers and cyclists] will [be able to|still be "
      "allowed to|still be able to] use a narrow footway on the [bridge's western side|western "
      "edge of the bridge|upstream side of the span] [during daylight hours|between seven in the "
      "morning and seven at night|in daylight], [under the supervision of marshals|with marshals "
      "on duty at both ends|escorted by marshals].",
      "{resident}, {job} who [crosses the bridge twice a day|uses the bridge every day|drives "
      "over the bridge to work], said the detour had [already added|added] [twenty minutes|a "
      "quarter of an hour|more than half an hour] to [the school run|the daily commute|the "
      "journey to work]. \"[We knew it was old|Everyone could see it was tired|It has looked "
      "shabby for years], but [nobody|no one] expected [it to shut overnight|it to close with no "
      "warning|them to close it like that],\" {resident_last} {said}. \"[I just hope they get on "
      "with the repairs.|I hope the work is done properly this time.|We will manage, but not for "
      "long.]\"",
      "[Opposition councillors|Critics on the council|Local campaigners] said the closure had "
      "been [a long time coming|predictable|years in the making]. [An engineering report|A "
      "consultants' report|A study] commissioned {n1b} years ago had warned that [the cables "
      "would need replacing|the cables were deteriorating|new cables would be needed] [within a "
      "decade|sooner rather than later|before long], they said, but the work was [repeatedly "
      "postponed|put off more than once|deferred year after year] to [save money|keep other "
      "projects on schedule|balance the budget]. The county said [the report|that study|the "
      "engineers at the time] had [recommended|called for|advised] [monitoring rather than "
      "immediate repairs|regular checks, not urgent work|keeping an eye on the cables rather than "
      "replacing them]."}},
    {"Local",
     "[the chair of the {city} water board|the water board's chair|the head of the {city} water "
     "board]",
     "[the rate increase|the higher water bills|the rise in water charges]",
     "[{city} water bills to rise {pct}% as board approves {money} pipe replacement plan|Water "
     "charges in {city} to go up {pct}% to pay for new pipes|{city} water board votes for {pct}% "
     "rise to replace ageing mains]",
     "[Households in {city} will pay {pct} {percent} more for their water from next spring|Water "
     "bills in {city} are set to rise by {pct} {percent} from next spring|Customers of the {city} "
     "water board face a {pct} {percent} increase in their bills from next spring] after the "
     "[municipal water board|board that runs the [town's|city's] water supply|water board] voted "
     "[seven to two|by seven votes to two|seven to two] on {weekday} to [fund|pay for|finance] "
     "the replacement of {n3} kilometres of [cast-iron pipes|ageing cast-iron mains|old iron "
     "water mains], [some of which were laid|parts of which date from|some of them laid] [before "
     "{year2}|as long ago as the 1930s|before the war].",
     {"{official}, {role}, said the board had [delayed the decision for as long as it responsibly "
      "could|put off the decision for as long as it could|held back for as long as was "
      "responsible]. \"[Every winter we repair more bursts than the year before|Each winter "
      "brings more burst mains than the last|We fix more leaks every year than the year "
      "before],\" {official_last} {said}. \"[We lose close to a fifth of the water we treat "
      "[before it reaches a tap|on the way]|Nearly one litre in five leaks away before it reaches "
      "anyone's kitchen|A fifth of what we treat never reaches a tap]. [Patching the network is "
      "now costing us more than replacing it.|Patching the old pipes now costs more than "
      "replacing them.|Repairs now cost more than renewal.]\"",
      "Under the plan, the [typical|average] household bill will [rise|go up] by {about} {n2} "
      "dollars a quarter. The board [agreed to|voted to|promised to] [expand|widen|extend] a "
      "discount scheme for [low-income customers|households on low incomes|customers who struggle "
      "to pay], which [currently helps|now covers|supports] {about} {n4} accounts, and to publish "
      "a [street-by-street|detailed|month-by-month] schedule of works so that {residents} "
      "[know|can see|can check] when their [road|street] will be dug up.",
      "[Two board members|The two members of the board|Both dissenting members] who voted against "
      "[the increase|the rise|the plan] argued that [the utility|the water company|the board] "
      "should have [sought|looked for|tried to get] cheaper loans from [the state infrastructure "
      "bank|the government's infrastructure bank|a public lender] before turning to "
      "[customers|households|bill payers]. They [said they would|plan to|intend to] ask the "
      "[independent auditor|city's auditor|auditors] to [review|look hard at|examine] the "
      "[utility's|board's] [overheads|running costs|spending on management] before the new "
      "charges [take effect|come in|appear on bills].",
      "{resident}, {job} [from|who lives in] the {district} area, said [the rise would be hard to "
      "absorb|the increase would hurt|bills were already hard to pay] [on top of higher energy "
      "bills|after a year of rising prices|for families already counting every dollar]. \"[Nobody "
      "wants leaking pipes|Of course the pipes need fixing|I understand the pipes are old], but "
      "[it always seems to be households who pay.|why does it always land on us?|families cannot "
      "keep paying more for everything.]\" {resident_last} {said}.",
      "The first [streets|roads|neighbourhoods] to be dug up will be in {district2}, where "
      "{officials} say the pipes are in [the worst condition|the poorest state|the worst shape]. "
      "The work is {expected} to take [about {n1} years|most of the next decade|several years], "
      "and crews will [work|dig|move] in short sections to [limit|reduce|keep down] "
      "[disruption|traffic delays|the inconvenience]. [Temporary supply pipes|Temporary water "
      "connections|Overground pipes] will be laid [along the pavement|beside the kerb|on the "
      "pavements] where homes [need to be|have to be|must be] cut off for [more than a few "
      "hours|longer than a morning|most of a day]."}},
    {"Culture",
     "[the city's head librarian|the library's director|the head of library services in {city}]",
     "[the library's reopening|the library renovation|the reopening of the central library]",
     "[{city}'s central library reopens after {n1b}-year renovation with a rooftop reading "
     "garden|Central library in {city} reopens with rooftop garden after {n1b}-year refit|Queues "
     "as {city} central library reopens after {n1b} years of work]",
     "[The central library in {city} reopened its doors on {weekday}|{city}'s central library "
     "welcomed readers back on {weekday}|Readers returned to the central library in {city} on "
     "{weekday}] after a {n1b}-year [renovation|refurbishment|rebuild] that [doubled its study "
     "space|gave it twice as much room to study|added hundreds of study desks], "
     "[added|created|built] a rooftop [reading garden|garden for readers|terrace garden] and a "
     "[recording studio|small recording studio|sound studio], and restored a reading room [that "
     "had been closed to the public|that had stood empty|closed to visitors] since a roof leak in "
     "{year}.",
     {"[More than|Over] {n3} people [passed through the entrance|came through the doors|visited] "
      "in the first two hours, according to [staff counting visitors at the door|a count kept by "
      "staff|the library's own figures]. {official}, {role}, said the queue had [started "
      "forming|begun to form|built up] [before seven in the morning|shortly after dawn|well "
      "before opening time]. \"[People brought flasks of coffee|Some people brought folding "
      "chairs and flasks|There were families with picnic blankets],\" {official_last} {said}. \"I "
      "have worked here for [twenty|{years}] years and [I have never seen anything like it|this "
      "is a first|nothing has come close].\"",
      "The project cost {money}, [about a tenth|roughly ten {percent}|slightly] more than "
      "[budgeted|planned|the original estimate], with the overrun [blamed on|put down to|caused "
      "by] asbestos found behind the old shelving. A [private donation|gift from a local "
      "family|bequest from a former librarian] [covered|paid for|met] [part of the cost of the "
      "garden|much of the garden's cost|the cost of the roof garden], which [is planted with|has "
      "been planted with|is full of] [species chosen to attract bees|wild flowers and "
      "herbs|lavender, thyme and fruit trees] and will [host|be used for] storytelling sessions "
      "for children [on summer weekends|during the school holidays|on Saturday mornings].",
      "[The library will now open seven days a week|The building will now open every day of the "
      "week|Opening hours now run to seven days a week], with [late opening|evening hours|late "
      "nights] until [nine|eight] [in the evening|o'clock] on weekdays. Its collection has grown "
      "to {about} {n4} [items|books, films and recordings|titles], [including a new section of "
      "books in the {n1} languages|with books now in the {n1} languages|among them shelves of "
      "books in the {n1} languages] [most commonly spoken|heard most often|spoken most widely] in "
      "the [city's|town's|local] schools, and [laptops|tablets and laptops|laptop computers] can "
      "be borrowed for [up to a week|seven days|a week at a time] with a library card.",
      "{resident}, {job} who [used to study|did homework|spent afternoons] in the old reading "
      "room as a [teenager|student|child], said [the building felt|it felt|the place seemed] "
      "[both new and familiar|new and old at once|different but recognisable]. \"[They kept the "
      "old clock and the oak tables|The oak tables are still there, and so is the clock|The old "
      "clock still hangs over the door],\" {resident_last} {said}. \"[My children have already "
      "asked to come back tomorrow.|I came in for an hour and stayed all afternoon.|It feels like "
      "ours again.]\"",
      "The library [first opened|was built|opened its doors] [more than a century ago|in the "
      "1920s|before the war] [with money raised by public subscription|as a gift from a local "
      "mill owner|with a grant from a wealthy benefactor], and [for decades|for many years|for "
      "most of its life] [was one of the busiest in the region|drew readers from across "
      "{county}|was among the busiest libraries in the region]. [Visitor numbers|Loans and "
      "visits|Attendance] fell [sharply|steadily|year on year] after the leak [closed its upper "
      "floors|forced staff to move much of the collection into storage|left the top floor "
      "unusable], and at one point councillors [discussed|considered|debated] closing it before a "
      "campaign by {residents} persuaded them to [invest in it|pay for the renovation|save it] "
      "instead."}},
    {"Business",
     "[the port authority's operations director|the port's chief operating officer|a director of "
     "the port authority]",
     "[the strike|the dispute at the port|the walkout]",
     "[Dockworkers at {city} port begin {n1}-day strike over shift patterns, stranding {n2} "
     "ships|{n2} ships wait off {city} as dockworkers strike over night shifts|{city} port "
     "strike: dockworkers walk out for {n1} days over new rotas]",
     "[Around|About|Some] {n3} dockworkers at the port of {city} walked out [at dawn|early|at the "
     "start of the morning shift] on {weekday}, [beginning|starting|launching] a strike [of {n1} "
     "days|planned to last {n1} days|due to last {n1} days] [over new shift patterns that their "
     "union says would|in a dispute over rotas which, the union says, would|against a new rota "
     "that the union says would] [cut rest breaks and force members to work more nights|mean "
     "shorter breaks and more night work|leave members working more nights with less rest], "
     "leaving {n2} cargo ships [waiting at anchor off the coast|anchored offshore|queuing outside "
     "the harbour].",
     {"[Pickets gathered at the main gate|Strikers stood outside the terminal gates|A picket line "
      "formed at the entrance] with [banners and a brazier|flags and placards|banners and flasks "
      "of tea] as lorries were [turned away|sent back|waved off]. {resident}, [a crane operator "
      "who has worked at the port for {years} years|who has driven a straddle carrier at the port "
      "for {years} years|a lasher with {years} years on the docks], said the dispute was [about "
      "safety as much as pay|about safety, not just money|as much about safety as about wages]. "
      "\"[You cannot operate a forty-tonne lift safely on your [fourth|fifth] night in a "
      "row|Nobody should be lifting forty tonnes on their [fourth|fifth] night shift "
      "running|Tired people and heavy loads do not mix],\" {resident_last} {said}.",
      "{official}, {role}, said [the new rota had been designed|the changes were needed|the new "
      "shifts were drawn up] to cope with [larger vessels arriving at less predictable "
      "times|bigger ships and less predictable arrivals|the larger ships now using the port], and "
      "that [the company had offered|management had put forward|the port had proposed] a bonus "
      "worth {sum} [across the workforce|to be shared among staff|in total]. \"[Our door remains "
      "open|We are ready to talk at any time|We want an agreement, not a fight],\" "
      "{official_last} [said in a statement|said in a written statement|said], adding that "
      "[perishable cargo|fresh food and medicines|urgent shipments] would be [diverted|sent] to "
      "other ports.",
      "[The port handles|The port deals with|Through the port pass] {about} {pct} {percent} of "
      "the region's container imports, and [business groups|employers' organisations|chambers of "
      "commerce] warned that [supermarkets and car plants|retailers and manufacturers|shops and "
      "factories] could [feel the effects|run short of stock|be hit] within [a week|days|ten "
      "days]. [Shipping agents|Freight forwarders|Shipping lines] said some vessels had already "
      "been [rerouted|sent to other ports|diverted], adding [several days|up to a week|days] to "
      "their [journeys|voyages] and [fuel bills|costs|extra charges] that are "
      "[usually|normally|in the end] passed on to [customers|shoppers|consumers].",
      "{second}, [the union's regional organiser|who leads the union branch at the port|a union "
      "official], said members had voted [overwhelmingly|by a large majority|decisively] for "
      "action after {n1b} rounds of talks [broke down|failed|went nowhere]. \"[We did not want "
      "this|Nobody wanted to strike|This is the last thing we wanted], but [the company left us "
      "no choice|we were left with no choice|management gave us nowhere else to go],\" "
      "{second_last} {said}.",
      "[It is the first strike at the port since {year2}|The port has not seen a strike since "
      "{year2}|The last walkout at the port was in {year2}], when a [six-week|month-long|bitter] "
      "dispute over [pensions|pay|redundancies] [closed the container terminal|halted work on the "
      "quays|shut the docks]. Both sides [said|indicated] they would [return to talks|go back to "
      "the table|resume negotiations] [if|once] a mediator could be [found|appointed|agreed], but "
      "[no date had been set|nothing had been arranged|no meeting was planned] [by {weekday} "
      "evening|as of {weekday} night|at the time of writing]."}},
    {"Emergencies",
     "[the regional fire service's incident commander|the fire service's chief officer for the "
     "region|the incident commander leading the response]",
     "[the fire|the wildfire|the evacuation]",
     "[Wildfire near {city} forces {n3} households to evacuate as crews battle strong winds|{n3} "
     "households evacuated as wildfire spreads towards {city}|Strong winds drive wildfire towards "
     "edge of {city} as {n3} homes are evacuated]",
     "[A wildfire that broke out in dry scrubland|A fire that started in parched scrub|A blaze "
     "that began on dry heathland] [north|west|east|south] of {city} on {weekday} afternoon had "
     "[burned across|spread over|scorched] {about} {n4} acres by [nightfall|dusk|late evening], "
     "forcing the evacuation of {n3} households in the {district} area as [gusts of up to|winds "
     "gusting at] {n2} kilometres an hour [pushed|drove|carried] the flames [toward|towards] the "
     "edge of [town|the city].",
     {"{official}, {role}, said {n2} crews and {n1} water-bombing aircraft were [working to "
      "hold|trying to stop|fighting to contain] the fire along [a highway that serves as a "
      "natural firebreak|the highway, which acts as a firebreak|a main road that firefighters "
      "hope will act as a break]. The fire was {pct} {percent} contained [by late evening|at "
      "nightfall|by ten o'clock]. \"The next [twelve|twenty-four|few] hours are "
      "[critical|crucial|decisive],\" {official_last} {said}. \"[If the wind drops as forecast, "
      "we expect to make [real|good] progress.|If the forecast is right and the wind eases, we "
      "can get ahead of it.|Everything depends on the wind.]\"",
      "[Evacuees were directed to|Evacuated families were sent to|People forced from their homes "
      "gathered at] a reception centre at a [secondary school|sports hall|community college], "
      "where volunteers [handed out|gave out|provided] blankets and hot meals. {resident}, {job} "
      "who [left home with two dogs and a box of family photographs|fled with the family cat and "
      "a bag of documents|had ten minutes to pack the car], said the glow had been visible [from "
      "the kitchen window|over the rooftops|from the back garden] for [an hour|most of the "
      "afternoon|hours]. \"[It looked like the sunset was in the wrong place|The sky went orange "
      "in the middle of the afternoon|We could smell it before we could see it],\" "
      "{resident_last} {said}.",
      "[No injuries had been reported.|Nobody had been hurt, {officials} said.|There were no "
      "reports of injuries.] The cause of the fire [is under investigation|has not been "
      "established|is not yet known], although {officials} [noted|pointed out|said] that the area "
      "had received [less than a third|barely a third|a fraction] of its usual rainfall since "
      "[spring|March|the start of the year]. A total fire ban [remains in place|is in force|has "
      "been declared] across {county}, and {residents} were [urged|told|asked] not to [return "
      "home|go back] until [the all-clear is given|firefighters say it is safe|they are told it "
      "is safe].",
      "Police closed [{n1b} roads|several roads|the main road] [north of|leading out of|around] "
      "{city} [to all but emergency vehicles|to traffic|to everyone except fire crews], and [the "
      "railway line was|trains were|rail services were] [suspended|stopped|halted] between {city} "
      "and the next station [as a precaution|while smoke drifted across the tracks|until further "
      "notice]. Schools in the {district} area will [stay closed|remain shut|not open] on "
      "{weekday} [while|as] the air quality is [checked|tested|monitored].",
      "{second}, who [coordinates|runs|leads] a volunteer group that [looks after|cares "
      "for|manages] the [woodland|nature reserve|heath] on the hill above {district}, said [years "
      "of work had been lost in an afternoon|decades of work had gone in a few hours|the damage "
      "would take a generation to repair]. \"[We planted thousands of trees up there|Some of "
      "those trees were older than the town|We had just started to see rare birds nesting "
      "again],\" {second_last} {said}. \"[It will come back, but not in my lifetime.|Nature is "
      "patient. We will have to be too.|We will start again as soon as it is safe.]\""}},
    {"Education",
     "[the chair of the {city} school board|the head of the school board|the board's chair]",
     "[the later start|the new school hours|the change to the school day]",
     "[{city} secondary schools to start {mins} minutes later after board vote on teenage "
     "sleep|Later start for {city} secondary schools as board backs sleep research|{city} pupils "
     "to get {mins} extra minutes in bed as school day moves]",
     "[Secondary schools in {city} will start their day {mins} minutes later from September|The "
     "school day at {city}'s secondary schools will begin {mins} minutes later from "
     "September|Pupils at {city}'s secondary schools will be able to sleep {mins} minutes longer "
     "from September] after the [school board|board of education|district school board] voted on "
     "{weekday} to follow research [suggesting|showing|indicating] that "
     "[teenagers|adolescents|young people] learn better when they are allowed to [sleep in|sleep "
     "later|start later], [a change that will affect|affecting|a decision covering] {about} {n4} "
     "pupils across {n2} schools.",
     {"{official}, {role}, said the board had [received|been sent] {over} {n3} [written "
      "submissions|letters and emails|responses], the most on any issue [in a decade|in recent "
      "memory|for years]. \"[Parents told us about children who are exhausted by [the second "
      "lesson|mid-morning]|We heard from parents whose children are [asleep on their feet|worn "
      "out] by [mid-morning|break time]|Families described teenagers who simply cannot get up],\" "
      "{official_last} {said}. \"[The evidence from [districts|places] that made this change is "
      "[strong enough|convincing enough] that we felt we had to act.|Where other districts have "
      "done this, the results have been [good|encouraging|hard to argue with].|The research is "
      "[clear|consistent], and we decided to follow it.]\"",
      "[The change will require the district to redraw its bus timetables|School buses will need "
      "new timetables|The district will have to rework its school bus routes], and {officials} "
      "estimate [it will cost|the change will cost|the bill will come to] {about} {sum} a year, "
      "[mostly in extra drivers' hours|largely for drivers' overtime|much of it in drivers' "
      "wages]. [Sports clubs|Coaches|Youth sports leagues] [raised concerns|worried|complained] "
      "that [afternoon training|after-school practice|matches after school] would [run into "
      "darkness|end in the dark|finish after dusk] in winter, and the board [agreed to "
      "fund|promised money for|will pay for] floodlights at {n1} playing fields.",
      "{resident}, {job} with [two children|a son and a daughter|three teenagers] at {district} "
      "High, said [the family's mornings had become a battle|getting everyone out of the door was "
      "a daily fight|breakfast had turned into a negotiation]. \"[If this means one less argument "
      "at [seven o'clock|breakfast], I am all for it|Anything that means fewer arguments [at "
      "seven o'clock|in the morning] gets my vote|A little more sleep would change our "
      "mornings],\" {resident_last} {said}. [Some working parents|Other parents|Parents who work "
      "early shifts], however, said they would [now struggle|find it harder|have trouble] to "
      "[drop children off|get children to school|take their children in] before [the start of "
      "their own shifts|their own working day began|they had to be at work].",
      "[Teachers' representatives|The teachers' union|Union officials] said they "
      "[broadly|cautiously|largely] welcomed [the decision|the move|the vote] but wanted "
      "[assurances|guarantees|promises] that [the longer afternoon|the later finish|the new "
      "timetable] would not [eat into|cut|reduce] time set aside for [marking and lesson "
      "planning|preparing lessons|marking]. {second}, who teaches [science|history|maths] at a "
      "school in {district2}, said [most|many] teachers in the staffroom [backed|supported] the "
      "idea. \"[The first lesson of the day is often the hardest to teach|Half the class is still "
      "asleep at half past eight|You can see the difference an hour makes],\" {second_last} "
      "{said}.",
      "[{city} will be|{city} becomes] one of {about} {n1b} [districts|education authorities] in "
      "the region to [move|push back] the start of the school day. {expert}, who [researches "
      "adolescent sleep|studies sleep in young people] at {expert_org}, said [attendance and exam "
      "results|punctuality and grades] had improved [in most places that had tried it|wherever "
      "schools had given it at least a year]."}},
    {"Environment",
     "[the head of the county planning committee|the chair of the planning committee|the county's "
     "planning chief]",
     "[the solar farm|the solar project|the plans for the solar farm]",
     "[Planners approve {n3}-acre solar farm outside {city} despite objections from "
     "farmers|{n3}-acre solar farm near {city} gets green light|Solar panels to cover {n3} acres "
     "of farmland near {city} after planners say yes]",
     "[County planners on {weekday} approved a {n3}-acre solar farm|Planners on {weekday} gave "
     "the go-ahead to a {n3}-acre solar farm|A {n3}-acre solar farm was approved by county "
     "planners on {weekday}] on [former grazing land|pasture|farmland] outside {city}, a project "
     "[its developer|{firm}] says will [generate enough electricity for|power|supply] {about} "
     "{n4} homes, [overruling|setting aside|despite] objections from [neighbouring "
     "farmers|farmers next to the site|local farmers] who [argued|say|said] that [good farmland "
     "should not be covered in glass|productive land should grow food, not panels|prime "
     "agricultural land should be left for crops].",
     {"{official}, {role}, said the committee had [imposed|attached|set] {n2} conditions [on the "
      "scheme|to the permission|on the developer], including [hedgerow planting|new hedges|rows "
      "of trees] to screen the panels from [nearby roads|neighbouring houses|the lanes around the "
      "site] and a requirement that sheep [be allowed to graze|can graze|keep grazing] between "
      "the rows. \"[This is not a choice between food and energy|Nobody has to choose between "
      "farming and power here|Food or energy is a false choice],\" {official_last} {said}. "
      "\"[Done properly, the land can do both.|If it is done well, we can have both.|The sheep "
      "will still be there.]\"",
      "[The developer, {firm}, expects construction to take {about} {n1} months and to cost "
      "{money}.|{firm}, the developer, says building will take {about} {n1} months at a cost of "
      "{money}.|Construction is {expected} to take {about} {n1} months and cost {money}, "
      "according to the developer, {firm}.] It has agreed to [pay into|contribute to|set up and "
      "pay into] a community fund [every year|annually|each year] for the [lifetime|life] of the "
      "project, [to be spent by a panel of|with the money shared out by|to be handed out by a "
      "panel of] [local residents|people from nearby villages|residents] on [village halls, "
      "footpaths and insulation for older homes|things such as bus shelters, playgrounds and "
      "draught-proofing|local causes chosen each spring].",
      "[Opponents said|Objectors said|Some of those who spoke against the plans said] they were "
      "[considering|weighing|looking into] a legal challenge. {resident}, whose family has farmed "
      "[next to the site|on the neighbouring land|beside the fields in question] for {years} "
      "years, said the decision had been [made|taken] before the meeting began. \"[They listened "
      "politely and then did [exactly what they were always going to do|what they had already "
      "decided]|It was decided before we walked in|We were allowed to speak, but nobody was "
      "listening],\" {resident_last} {said}.",
      "Ecologists [who surveyed|who studied] the site [for the developer|on behalf of the county] "
      "found [skylarks and brown hares|nesting skylarks|hares and ground-nesting birds] on the "
      "land, and the plans [now|also] include {n1} acres [set aside|left unplanted] as [a "
      "wildlife margin|a strip for wildlife|a nature corridor]. {second}, [of the county wildlife "
      "trust|who speaks for the county wildlife trust|a wildlife trust volunteer], [said the "
      "margin was|called the margin|described the margin as] [welcome but too narrow|a start, "
      "though smaller than the trust had asked for|better than nothing].",
      "{city} [declared a climate emergency|set itself a target of net zero|adopted a climate "
      "plan] [five years ago|in its last council term|some years ago], and {officials} said the "
      "solar farm alone would [cover|meet] [about a quarter|roughly a quarter|a large share] of "
      "the [town's|area's] household demand. [The grid operator said the connection would be|The "
      "network company expects the grid link to be|Power should be flowing, and the connection] "
      "[ready|in place|complete] by {month} next year, [subject to|provided it gets|assuming] the "
      "usual approvals."}},
    {"Health",
     "[the hospital's chief executive|the head of {city} General|the chief executive of the "
     "hospital trust]",
     "[the new emergency department|the new unit|the opening of the department]",
     "[New emergency department opens at {city} General with {n2} treatment bays|{city} General "
     "opens {money} emergency department|Bigger emergency unit opens at {city} General after "
     "years of corridor waits]",
     "[A new emergency department at {city} General Hospital treated its first patients on "
     "{weekday}|{city} General Hospital opened its new emergency department on {weekday}|The "
     "first patients were treated at {city} General's new emergency department on {weekday}], "
     "replacing [a cramped unit|an overcrowded department|the old unit] built in {year} that "
     "inspectors had [repeatedly|more than once|often] criticised for [long waits|its waiting "
     "times|delays], and adding {n2} treatment bays, [a separate children's area|a children's "
     "section|a paediatric area] and [a mental health assessment suite|a quiet room for mental "
     "health patients|a mental health unit].",
     {"{official}, {role}, said the department had been designed [with the help of|together "
      "with|with advice from] the [nurses and paramedics|staff] who [work in it|run it|will work "
      "there]. \"[The old unit was built for a town half this size|We were working in a building "
      "meant for half [as many patients|the patients we see]|The old department was simply too "
      "small],\" {official_last} {said}. \"[Patients waited in corridors because there was "
      "nowhere else for them to be.|People were treated in corridors because we had nowhere else "
      "to put them.|Corridor care had become normal.] [That should now be a thing of the "
      "past.|That should now end.|Those days should be over.]\"",
      "[The building cost {money} and was paid for by the regional health authority.|The regional "
      "health authority paid the {money} bill for the building.|The {money} building was funded "
      "by the regional health authority.] [Its ambulance bay can take {n1} vehicles at once|The "
      "new ambulance bay has room for {n1} vehicles|Up to {n1} ambulances can now unload at the "
      "same time], which {officials} hope will [cut|reduce|shorten] the time [crews spend waiting "
      "to hand over patients|paramedics wait to hand patients over|ambulance crews lose at the "
      "door], [a problem that|an issue that|delays that] [last winter|during the winter|in "
      "January] left ambulances [queuing|lined up|waiting] outside [the hospital|the old unit] "
      "for hours.",
      "[Figures published last month showed that only {pct} {percent} of patients at the old unit "
      "were seen within four hours|Only {pct} {percent} of patients at the old unit were seen "
      "within four hours last month|The old unit saw just {pct} {percent} of its patients within "
      "four hours last month], against a national target of ninety-five {percent}. {expert}, who "
      "[studies|researches|writes about] hospital performance at {expert_org}, said new buildings "
      "[helped|made a difference|mattered] but were not enough [on their own|by themselves] "
      "without [the staff to run them|enough nurses and doctors|the people to work in them].",
      "{resident}, {job} who brought [a son|a daughter|an elderly father] in with a [broken "
      "wrist|chest infection|bad fall] [on the first morning|on {weekday}|on opening day], [said "
      "the difference was obvious|noticed the difference at once|said the change was striking]. "
      "\"[Last year we waited nine hours on a plastic chair|The last time we came, we spent the "
      "night in a corridor|Last winter we waited half the night],\" {resident_last} {said}. "
      "\"[Today we were seen in forty minutes.|This time a nurse saw us almost straight away.|We "
      "were seen before I had found a seat.]\"",
      "The hospital [has recruited|has taken on] {n2} [extra nurses|additional nurses and "
      "doctors] for the department, [though|but] {second}, [a senior nurse|who represents nurses "
      "at the hospital], said staffing was still [tight|stretched] at night. \"[The building is "
      "wonderful|Nobody is complaining about the building],\" {second_last} {said}. \"[It is the "
      "rota that worries us.|Now we need the people to fill it.]\""}},
    {"City",
     "[the transit authority's project director|the director of the tram project|the head of the "
     "transit authority]",
     "[the tram extension|the new tram line|the extension of the tram network]",
     "[{city} tram extension to {district} opens {n1} months ahead of schedule|Trams reach "
     "{district} as {city} line opens early|First trams run on {city}'s new {district} line]",
     "[The first passenger trams ran on the new extension to {district} on {weekday} "
     "morning|Trams began carrying passengers to {district} on {weekday} morning], {n1} months "
     "ahead of schedule, linking one of {city}'s fastest-growing neighbourhoods with the [city "
     "centre|centre of town] in {about} {n2} minutes and giving an estimated {n4} {residents} a "
     "rail connection for the first time.",
     {"[Hundreds of people queued for the first departure shortly after six|Crowds were waiting "
      "on the platform before the first departure|Hundreds of passengers lined up for the first "
      "tram by six o'clock], many of them taking photographs [on the platform|of the new trams|on "
      "their phones]. {official}, {role}, [put the early finish down to|credited the early finish "
      "to|said the line was early thanks to] [a mild winter|dry weather over the winter|an "
      "unusually mild winter] and [a decision|the decision|a choice made early on] to "
      "[close|shut] the main road [for six weeks|completely for six weeks|for a month and a half] "
      "[rather than work in short overnight shifts|instead of working only at night|rather than "
      "dig in short night shifts]. \"[It was disruptive, but it paid off|It was painful for a "
      "while, but it worked|Nobody enjoyed the closure, but it was worth it],\" {official_last} "
      "{said}.",
      "[The {money} project was funded jointly by the city and the national government.|The city "
      "and the national government shared the {money} cost.|The project cost {money}, split "
      "between the city and the national government.] Trams will run every {n1} minutes [at peak "
      "times|in the rush hour|during the morning and evening peaks]. [Shopkeepers|Traders|Shop "
      "owners] along the route, who [endured|put up with|lived through] [two years of "
      "roadworks|months of digging|two years of disruption], [said they hoped|were hoping|had "
      "hoped] the [extension|line|tram] would bring [more customers|new trade|extra footfall], "
      "though some complained that [the loss of parking spaces|losing parking spaces|the removal "
      "of parking bays] had already [hurt trade|cost them business|hit sales].",
      "{resident}, {job} who lives [near the new terminus|a few minutes from the last stop|beside "
      "the new line], said [the journey to work had been cut in half|the commute now took half as "
      "long|the trip into the centre was twice as fast]. \"[I used to sit in traffic on the ring "
      "road every morning|Every morning I used to crawl along the ring road|The bus used to take "
      "forever in the traffic],\" {resident_last} {said}. \"[Today I read a chapter of my book "
      "and still arrived early.|This morning I had a coffee on the platform and was still "
      "early.|I got to work before my boss for once.]\"",
      "[The line|The extension] runs for [{n1} kilometres|just over {n1} kilometres] and has "
      "{n1b} new stops, [one of them|including one] beside the [hospital|university campus|retail "
      "park] on {street}. [Fares will be the same as on the rest of the network|Tickets cost the "
      "same as elsewhere on the network|Standard fares apply], and [season tickets|monthly "
      "passes] bought before the end of {month} will [be discounted|cost less] for the first "
      "year.",
      "{second}, who [chairs|leads] the {district} residents' association, said the line would "
      "[change the area|make a real difference], but [warned|cautioned] that [rents near the new "
      "stops were already rising|landlords along the route were already putting up rents|house "
      "prices near the stops had started to climb]. \"[We campaigned for this tram for years|We "
      "asked for this for a long time],\" {second_last} {said}. \"[We want to make sure the "
      "people who live here now can stay.|It should not end up pricing out the people it was "
      "built for.|The tram is for us, not just for newcomers.]\""}},
    {"Weather",
     "[the county's emergency management coordinator|the head of emergency planning for "
     "{county}|the county's flood response coordinator]",
     "[the flooding|the floods|the flood damage]",
     "[River {river} bursts its banks in {city} after {n2} millimetres of rain in a day|Floods in "
     "{city} as the {river} rises after a day of heavy rain|Homes flooded in {city} as River "
     "{river} overflows]",
     "[The River {river} burst its banks in {city} early on {weekday}|The {river} overflowed in "
     "{city} in the early hours of {weekday}] after {n2} millimetres of rain [fell in twenty-four "
     "hours|fell in a single day|fell overnight], flooding {about} {n3} [homes and "
     "businesses|properties|houses and shops] in the [low-lying|riverside] {district} district "
     "and [closing|cutting off] the main road into [the town|town|the centre] for [most of the "
     "day|several hours|much of the day].",
     {"[Firefighters used boats to reach|Rescue crews in boats reached|Firefighters waded in to "
      "reach] {residents} trapped on upper floors, and {n1} people were [taken to "
      "hospital|treated in hospital|checked by paramedics] [as a precaution|for minor "
      "injuries|for the cold]. {official}, {role}, said the river had risen [faster than at any "
      "time since records began|more quickly than ever recorded|at a speed nobody had seen "
      "before]. \"[We had warnings in place, but nobody expected it to rise this quickly|The "
      "warnings were out, but the speed of it caught everyone out|We were ready for a flood, not "
      "for this],\" {official_last} {said}. \"[Our priority tonight is making sure everyone is "
      "safe.|Tonight, all that matters is that everyone is safe.|Property can be replaced. People "
      "cannot.]\"",
      "[Volunteers filled sandbags at a depot in the town square|Neighbours filled sandbags in "
      "the square|A sandbag station was set up outside the town hall] while "
      "[shops|shopkeepers|businesses] pumped water from their cellars. {resident}, {job} whose "
      "[ground floor was under half a metre of water|kitchen flooded to knee height|living room "
      "was ankle-deep in water], said [the family had moved what they could upstairs|they had "
      "carried what they could upstairs|they had saved photographs and papers but little else]. "
      "\"[The water came in faster than anyone expected|It came under the door in minutes|We "
      "watched it rise up the garden path],\" {resident_last} {said}. \"[The smell is the worst "
      "part.|Everything smells of the river.|We will be drying out for months.]\"",
      "[Insurers estimated early losses at {money}.|Early estimates from insurers put the damage "
      "at {money}.|The insurance bill is {expected} to reach {money}.] {Council} has [opened|set "
      "up|launched] a hardship fund and said that households [forced out of their homes|unable to "
      "stay at home|made homeless by the flood] could apply for [emergency grants|emergency "
      "payments|immediate help]. A flood defence scheme for the {district} district, approved "
      "{n1} years ago, has [yet to begin|not started|still not begun] because of [a dispute over "
      "funding|an argument over who pays|a row over money].",
      "[Forecasters|The weather service] said [more rain was|further showers were|another band of "
      "rain was] expected [over the weekend|later in the week], [though|but] [not as "
      "heavy|nothing like {weekday}'s downpour]. [Flood warnings remain|A flood warning remains] "
      "in force for [the whole of the {river} valley|{county}], and {residents} were told to "
      "[keep away|stay away] from riverbanks and not to drive through flood water.",
      "{second}, who has run a [cafe|hardware shop|bakery] on {street} for {years} years, said it "
      "was the [third|second] time the business had flooded. \"[Each time we tell ourselves it "
      "will not happen again|Every time they promise us it was the last time|Nobody has done "
      "anything since last time],\" {second_last} {said}. \"[I do not know if I can face cleaning "
      "up again.|This time I am not sure we will reopen.|We cannot keep doing this.]\""}},
    {"Business",
     "[the company's regional managing director|the managing director of the plant|{firm}'s head "
     "of operations]",
     "[the closure|the factory closure|the loss of the factory]",
     "[{city} {product} factory to close with the loss of {n3} jobs|{n3} jobs to go as {city} "
     "{product} factory shuts|{firm} to close {city} {product} plant, cutting {n3} jobs]",
     "[The {product} factory that has been one of {city}'s biggest employers since "
     "{year}|{city}'s {product} factory, one of the town's largest employers since {year},|The "
     "{product} works that has employed generations of {city} families since {year}] will close "
     "[by the end of next year|within eighteen months|next year] with the loss of {n3} jobs, [its "
     "owners announced|its owner, {firm}, announced|{firm} said] on {weekday}, blaming [rising "
     "energy costs|soaring energy bills|the cost of energy] and a decision to [move production to "
     "a larger plant abroad|shift production overseas|concentrate work at a bigger site abroad].",
     {"[Workers were told the news at a meeting in the factory canteen.|Staff heard the news at a "
      "meeting called at short notice.|The workforce was told at a meeting on the factory floor.] "
      "{resident}, who has worked on the [packing line|production line|loading bay] for {years} "
      "years, said [many colleagues were in tears|people were crying|the room went silent]. \"[My "
      "father worked here, and his father before him|Three generations of my family have worked "
      "on that line|I started here straight from school],\" {resident_last} {said}. \"[This place "
      "is the reason half this street exists.|Half the town owes something to this factory.|I do "
      "not know what this town is without it.]\"",
      "{official}, {role}, called the decision [extremely difficult|painful|a last resort] and "
      "said [the company would offer redundancy packages above the legal minimum and [pay for "
      "retraining|help with retraining]|staff would get more than the legal minimum in redundancy "
      "pay, plus retraining|everyone affected would be offered retraining and an enhanced "
      "redundancy package]. [The site, which covers {about} {n2} acres near the railway station, "
      "will be sold|The {n2}-acre site near the railway station is to be sold|The factory site, "
      "{about} {n2} acres beside the railway, will go up for sale], and the company said it would "
      "[work with|talk to|consult] the council on its future use.",
      "[Local politicians called for an urgent meeting with the company's management.|The town's "
      "mayor demanded an urgent meeting with the company.|Councillors from all parties asked to "
      "meet the management.] {expert}, an economist at {expert_org}, "
      "[estimated|calculated|reckoned] that [hundreds more jobs|several hundred more "
      "jobs|hundreds of other jobs] at [suppliers and local businesses|suppliers, hauliers and "
      "shops|firms that depend on the factory] could be at risk. [The closure would|Losing the "
      "plant would|The shutdown would] [remove|take] {about} {money} a year [from|out of] the "
      "local economy [in wages alone|in lost wages|in pay packets alone], [the economist "
      "said|{expert_last} said|{expert_last} added].",
      "{second}, [the union's convenor at the plant|who represents the workforce for the union], "
      "said the company had [invested little in the site|spent almost nothing on the "
      "site|neglected the site] for years. \"[They let it run down and now they blame the energy "
      "bills|The machines are older than some of the people working on them|Nobody has put a "
      "penny into this place for a decade],\" {second_last} {said}. [The union will ask for the "
      "plant to be [offered for sale|sold] as a going concern.|The union wants the plant sold as "
      "a working factory.|The union said it would look for a buyer [to keep the line "
      "running|willing to keep it open].]",
      "The factory [opened|started production] in {year} on land that was then [farmland|a "
      "disused brickworks], and at its peak employed [{over} two thousand|nearly twice as many] "
      "people. [{Officials} said a task force would be set up to help workers find [new "
      "jobs|other work]|A task force will help workers find new jobs, {officials} said|The "
      "council promised a task force to help staff find other work], [with|including] a jobs fair "
      "at the {district2} community centre in {month}."}},
    {"Science",
     "[the county archaeologist|the archaeologist leading the dig|the county's chief "
     "archaeologist]",
     "[the discovery|the find|the excavation]",
     "[Builders in {city} uncover {era} mosaic beneath planned car park|{era} mosaic found under "
     "{city} car park site|Rare {era} mosaic halts building work in {city}]",
     "[Construction workers preparing the ground for a car park in {city} have uncovered|Builders "
     "clearing a site for a car park in {city} have found|Workers digging the foundations of a "
     "car park in {city} have unearthed] what archaeologists [describe as|are calling|believe is] "
     "one of the best-preserved {era} mosaic floors [ever found in the region|discovered in "
     "{county}|found in this part of the country], [a find that has halted|and the discovery has "
     "stopped|a discovery that will delay] [building work|construction|the project] at the site "
     "in the {district} district for at least {n1} months.",
     {"[The floor, which measures roughly {n1} metres by {n1b}, was found when [an excavator|a "
      "digger] struck stone [about a metre|less than a metre] below the surface.|An excavator hit "
      "stone about a metre down, and the floor, roughly {n1} metres by {n1b}, emerged beneath "
      "it.|The mosaic, about {n1} metres by {n1b}, lay [a metre|just under a metre] below the "
      "surface and was found when a digger struck stone.] {official}, {role}, said [its colours "
      "were remarkably bright|the colours were astonishingly fresh|the reds and blues had barely "
      "faded]. \"[When the first section was brushed clean, there was complete silence on "
      "site|When we brushed off the first section, nobody said a word|The moment the first panel "
      "was cleaned, everyone stopped working],\" {official_last} {said}. \"[Everyone knew what "
      "they were looking at.|Nobody needed telling how important it was.|It was an extraordinary "
      "moment.]\"",
      "[Excavators|The team|Archaeologists] have since recovered {about} {n3} smaller objects, "
      "including [pottery fragments, coins and a bone comb|coins, pottery and a bronze "
      "brooch|pottery, glass beads and a carved bone pin]. {expert}, [a specialist|an expert on "
      "the period|who studies the period] at {expert_org}, said [the quality of the work "
      "suggested the building had belonged to [someone of considerable wealth|a rich family]|the "
      "craftsmanship pointed to a wealthy owner|only a rich household could have paid for such "
      "work], and that [further rooms probably lay beneath the neighbouring road|more rooms were "
      "likely to lie under the road next door|the rest of the building probably extended under "
      "nearby houses].",
      "[The developer said it was [discussing|considering|looking at] whether the car park could "
      "be redesigned to leave the floor in place [beneath a viewing panel|under glass|on "
      "show].|The developer is [looking at|exploring|studying] a redesign [so that the mosaic can "
      "stay where it is|that would keep the mosaic in place], [under glass|beneath a viewing "
      "panel|visible to the public].|One option, the developer said, was to [keep|leave] the "
      "floor [in place|where it lies] and [show it through a glass panel|put a glass floor over "
      "it|let the public see it through glass].] {Council} has [set aside|put aside|allocated] "
      "{sum} for the [excavation|dig|work], and the site will [open for guided tours|be open to "
      "visitors] on {n1} weekends this summer, with [tickets allocated by ballot|places given out "
      "by ballot|free tickets drawn by lottery].",
      "{resident}, {job} who [watched from|stopped at] the fence on {weekday}, said [nobody in "
      "the street had any idea|neighbours had always joked] that [anything|something old] lay "
      "under the [old garage forecourt|waste ground]. \"[You walk over these places every day "
      "without thinking|We used to park our cars on top of it],\" {resident_last} {said}.",
      "Volunteers from the {city} [archaeological society|history society] have joined the "
      "[professional team|dig], [working in shifts|taking turns] to [sieve soil|wash finds]. "
      "{second}, the society's [secretary|chair], said the [group|society] had [waited|hoped] "
      "{years} years for [a find like this|something on this scale]. \"[It is the find of a "
      "lifetime.|We may never see anything like it again.]\""}},
    {"Sport",
     "[the club's manager|the Athletic manager|the manager]",
     "[the cup run|the club's cup success|the semi-final]",
     "[{city} Athletic stun league leaders to reach cup semi-final for first time since "
     "{year}|Late winner sends {city} Athletic into cup semi-finals|{city} Athletic beat league "
     "leaders {score} to reach last four]",
     "{city} Athletic, [who play in the fourth tier|a fourth-tier side|from the fourth division], "
     "reached the [semi-finals of the national cup|last four of the national cup|cup semi-finals] "
     "for the first time since {year} on {weekday} night, [beating|knocking out|overcoming] the "
     "league leaders {score} in front of {n4} [supporters|fans|spectators] after a late goal from "
     "a substitute [who joined the club on loan in January|signed on loan in January|on loan from "
     "a bigger club].",
     {"{official}, {role}, said [the players had believed they could win [from the moment the "
      "draw was made|all along]|the squad had always believed|the dressing room had never doubted "
      "it]. \"[Nobody gave us a chance, and that suited us fine|Everybody wrote us off, and we "
      "used that|We were the underdogs and we loved it],\" {official_last} {said}. \"[We defended "
      "for our lives for the last [twenty|fifteen] minutes, and the [supporters|fans] carried us "
      "through it.|The last [twenty|fifteen] minutes felt like a week, but the crowd dragged us "
      "over the line.|The fans were our extra player tonight.]\"",
      "[The winning goal came in the {minute} minute|The decisive goal arrived in the {minute} "
      "minute|In the {minute} minute the breakthrough came], when {resident}, [a teenage "
      "forward|an eighteen-year-old striker|a young winger] who had been on the pitch for [less "
      "than ten minutes|barely five minutes|only a few minutes], [curled a shot into the top "
      "corner from the edge of the area|drove a low shot in off the post from twenty yards|rose "
      "at the far post to head in a corner]. [The visiting goalkeeper|The opposing keeper|The "
      "leaders' goalkeeper], who had made [a series of|several|a string of] saves to keep [the "
      "score level|his side in the tie|the leaders in the game], could only [watch it go "
      "in|watch|turn and look].",
      "[The cup run is worth {about} {sum} to the club in prize money and television fees|Prize "
      "money and television fees from the run will bring the club {about} {sum}|The club stands "
      "to earn {about} {sum} from the cup run], a sum the chairman said would [be spent on|go "
      "towards|pay for] [a new roof for the main stand and the youth academy|the youth academy "
      "and overdue repairs to the ground|floodlights, the pitch and the youth teams]. Tickets for "
      "the semi-final, [to be played at a neutral ground next month|which will be played at a "
      "neutral venue next month|due to take place next month], go on sale to [season-ticket "
      "holders|members] [this week|on {weekday}|from Monday].",
      "[Supporters|Fans] [poured onto|spilled onto] the pitch at the final whistle, and [the "
      "celebrations|the singing] in the pubs around {street} went on [well past|long after] "
      "midnight. {second}, who has [held|kept] a season ticket [since {year2}|for {years} years], "
      "said it was the best night [the club|the town] had had in [decades|a generation].",
      "[The club came close to folding|Athletic nearly went out of business] [{n1b} years ago|not "
      "long ago], when [a supporters' trust|a group of fans] bought it [for a nominal sum|from "
      "its previous owner] and [cleared its debts|paid off what it owed]. {Officials} at the town "
      "hall said they were [discussing|considering] a big screen in the square for the "
      "semi-final."}},
    {"Housing",
     "[the council's cabinet member for housing|the council's housing chief|the councillor "
     "responsible for housing]",
     "[the housing development|the rail yard scheme|the new homes]",
     "[{city} council approves {n3} homes on former rail yard, a third at below-market rents|{n3} "
     "homes planned for old {city} rail yard|Green light for {n3} homes on derelict {city} rail "
     "land]",
     "[Councillors in {city} approved plans on {weekday} for {n3} homes|{city} council on "
     "{weekday} gave planning permission for {n3} homes|Plans for {n3} new homes in {city} were "
     "approved on {weekday}] on a [derelict rail yard|disused railway yard|former rail depot] in "
     "the {district} district, with [a third of the flats|one flat in three|a third of the homes] "
     "to be let at [below-market rents|rents below the market rate|affordable rents], in what "
     "{officials} [called|described as] the largest [affordable housing scheme|scheme of its "
     "kind|social housing project] the town has seen [in a generation|in decades|in thirty "
     "years].",
     {"{official}, {role}, said [the waiting list for social housing had grown to {over} {n4} "
      "households|{over} {n4} households were now on the waiting list|the housing list had passed "
      "{n4} households]. \"[Young people who grew up here are being priced out of the "
      "[town|place] they call home|Our own children cannot afford to live where they grew up|A "
      "whole generation is being priced out],\" {official_last} {said}. \"[This will not solve "
      "the problem on its own, but it is a [serious|real] start.|It is not the whole answer, but "
      "it is a big part of it.|We need [ten|a dozen] more schemes like this, and this is the "
      "first.]\"",
      "[The scheme includes|Plans also include|Alongside the homes will be] a health centre, a "
      "small park and {n2} ground-floor units for [shops and cafes|shops|small businesses]. "
      "Parking will be limited to [one space for every two homes|half a space per home|one space "
      "per two flats], a decision that [drew objections from neighbours worried about|upset "
      "neighbours who fear|was opposed by neighbours anxious about] cars spilling onto "
      "[surrounding streets|nearby roads|their streets]. [The developer, {firm}, plans to start "
      "work in {month}.|{firm}, the developer, hopes to start building in {month}.|Work is "
      "{expected} to {start} in {month}.]",
      "[Rents on the affordable flats will be set at|The cheaper flats will be let at|Affordable "
      "rents will be fixed at] {pct} {percent} below the [local market rate|going rate|market "
      "level] and [will be reserved|kept] for people who have [lived or worked in the town|lived "
      "or worked locally|had a local connection] for at least {n1} years. [The council will hold "
      "a stake in the development|{Council} will keep a share of the development|The authority "
      "will own part of the scheme], worth [an estimated|roughly|about] {money}, which it says "
      "will [fund|pay for|help finance] future housing projects.",
      "{resident}, {job} who [rents a room|shares a flat] in {district2}, has been on the waiting "
      "list for {n1} years. \"[Every month the rent goes up and the list gets longer|I have moved "
      "four times in five years|I am thirty and still sharing a kitchen with strangers],\" "
      "{resident_last} {said}. \"[I will believe it when I get the keys.|If this is real, it "
      "changes everything.|I just want somewhere to stay.]\"",
      "The rail yard [closed|was abandoned] in {year2} and has [stood empty|been fenced off] "
      "since, [apart from|except for] [occasional|a few] car boot sales. [Previous plans for the "
      "site, including [a supermarket|a retail park] and an office park, fell through|Two earlier "
      "schemes for the land collapsed|Earlier proposals, among them [a stadium|a supermarket], "
      "came to nothing] [during the financial crisis|when the developers pulled out]."}},
    {"Technology",
     "[the council's chief executive|the head of the council|the council's director of digital "
     "services]",
     "[the data breach|the cyber attack|the theft of residents' data]",
     "[{city} council says hackers stole personal data of {n4} residents|Data of {n4} {city} "
     "residents stolen in council cyber attack|{city} council admits breach affecting {n4} "
     "people]",
     "[{city} council has warned {n4} {residents}|{city} council has written to {n4} people to "
     "warn them|{n4} people in {city} have been told by the council] that their [names, addresses "
     "and in some cases bank details|personal details, including some bank account numbers,|names "
     "and addresses, and for some their bank details,] may have been stolen after [hackers broke "
     "into|criminals gained access to|an attacker got into] a computer system used [to "
     "manage|for] parking permits and local tax payments, [the authority disclosed on "
     "{weekday}|the authority said on {weekday}|{officials} revealed on {weekday}].",
     {"{official}, {role}, said [the intrusion had been detected by the council's own security "
      "team {n1} days ago|the council's security staff had spotted the break-in {n1} days ago|the "
      "attack was discovered by in-house staff {n1} days ago] and [the affected system had been "
      "taken offline within hours|the system was shut down within hours|the affected servers were "
      "disconnected the same day]. \"[We are deeply sorry|We apologise unreservedly|I want to "
      "apologise to every resident affected],\" {official_last} {said}. \"[Residents trusted us "
      "with their information and we have let them down.|People trusted us with their details, "
      "and we failed them.|We should have protected that data better.]\"",
      "[{Officials} said they had seen no evidence yet of the data being [sold or "
      "used|misused|offered for sale]|There is no sign so far that the stolen data has been "
      "[published or used for fraud|put online|used by criminals], {officials} said|{Council} "
      "said it had found nothing to suggest the data had been [published|sold|leaked online]], "
      "but [urged|warned|advised] {residents} to be wary of [unexpected emails and telephone "
      "calls|unexpected calls, texts and emails|messages] claiming to come from [the "
      "authority|the council|the town hall]. [It has arranged free credit monitoring [for a "
      "year|for twelve months] for anyone whose bank details were [involved|taken].|Anyone whose "
      "bank details were [taken|stolen] will be offered a year of free credit monitoring.|Those "
      "whose bank details were exposed can claim free [credit monitoring|identity protection] for "
      "twelve months.]",
      "{expert}, [a security researcher|who studies cyber crime|a computer security specialist] "
      "at {expert_org}, said [local authorities were [increasingly targeted|a growing target] "
      "because they held [large amounts of|a lot of] personal data on [ageing|old] "
      "systems|councils were attractive targets, with lots of personal data and old "
      "computers|attackers went after local government because its systems were [old|outdated] "
      "and its data valuable]. [Online payments for parking permits will remain suspended for at "
      "least {n1} weeks while the system is rebuilt, the council said.|Parking permits cannot be "
      "paid for online for at least {n1} weeks while the system is rebuilt.|The council said "
      "online payments would stay switched off for {n1} weeks or more.]",
      "{resident}, {job} from {district}, said [the letter|the council's letter] had arrived [on "
      "{weekday} morning|a day after a suspicious phone call]. \"[Someone rang claiming to be "
      "from my bank|I had a text about a parking fine I never got|A man called asking for my card "
      "number],\" {resident_last} {said}. \"[Now I know where they got my details.|Now it all "
      "makes sense.|I knew something was wrong.]\"",
      "The [national data protection regulator|information commissioner's office] said it had "
      "been [informed|notified] and was [making enquiries|looking into the matter]. The council "
      "[could face|may face] a fine of up to {money} if it is found to have [failed to "
      "protect|not properly protected] the data, [though|but] fines on public bodies are "
      "[rare|usually reduced]."}},
    {"Culture",
     "[the festival's director|the director of the lantern festival|the festival's artistic "
     "director]",
     "[the festival|the lantern festival|the parade]",
     "[Record {n4} visitors at {city} lantern festival as river parade returns|River parade "
     "returns to {city} lantern festival|{city} lantern festival draws record crowds]",
     "[A record {n4} people attended the {city} lantern festival over the weekend|The {city} "
     "lantern festival drew a record {n4} visitors over the weekend|Some {n4} people, a record, "
     "came to the {city} lantern festival at the weekend], organisers said on {weekday}, [as the "
     "river parade returned for the first time since {year}|with the river parade back for the "
     "first time since {year}|and the river parade made its first appearance since {year}] with "
     "{n3} [illuminated boats|lit boats|glowing barges] [drifting past|floating past|gliding by] "
     "crowds [lining both banks of the {river}|on both banks of the {river}|packed along the "
     "{river}].",
     {"{official}, {role}, said volunteers had spent [four months|most of the winter|months] "
      "building the [largest lanterns|biggest pieces|giant lanterns], including a "
      "[heron|swan|dragon] {n1} metres [tall|long|high] made of [paper and willow|tissue paper on "
      "a willow frame|willow and silk] that took [two cranes|a crane|a team of twenty] to lift "
      "onto its barge. \"[Every year people ask us how we will top the last one|People always ask "
      "how we can beat last year|The question every year is how to go bigger],\" {official_last} "
      "{said}. \"[This year I think we did.|I think this year we answered it.|We will worry about "
      "next year tomorrow.]\"",
      "[Local traders reported one of their busiest weekends [of the year|in years].|Shops and "
      "cafes said it had been [one of the best weekends of the year|their best weekend since the "
      "summer] for trade.|[Restaurants|Food stalls] along the river ran out of food by Saturday "
      "night.] {resident}, {job} who has [attended every festival since childhood|not missed a "
      "festival in thirty years|come every year since moving to {city}], said [the parade had "
      "been worth the wait|the return of the boats was the best part|it felt like the festival "
      "was whole again]. \"[My grandmother brought me when I was small|I came with my "
      "grandparents as a child|I first came on my father's shoulders],\" {resident_last} {said}. "
      "\"[Now I bring my own children. That is what this festival is.|Now my children come with "
      "me.|It is a family tradition now.]\"",
      "[The festival cost {about} {sum} to stage|Staging the festival cost {about} {sum}|The "
      "weekend cost organisers {about} {sum}], [funded by|paid for by|covered by] [ticket sales "
      "for the riverside concerts, sponsorship and a council grant|sponsors, a council grant and "
      "concert tickets|a mix of sponsorship, ticket sales and public money]. [Police said the "
      "weekend had passed largely without incident|Police reported a largely peaceful weekend|The "
      "weekend was mostly trouble-free, police said], although {n1} people were [treated for "
      "minor injuries|checked by first aiders|given first aid] after [a crush near the "
      "footbridge|crowds surged near the footbridge|a crush by the footbridge on Saturday night], "
      "and [organisers said crowd control would be reviewed|organisers promised a review of crowd "
      "control|crowd control will be reviewed before next year].",
      "[Schools across|Children from] {city} [made|built] {over} {n3b} [small lanterns|hand-held "
      "lanterns] in workshops [before the festival|in the weeks before], and [carried them|walked "
      "with them] in a procession along {street} on [Saturday|Sunday] evening. {second}, who "
      "[ran|led] the workshops, said [the children|the young makers] had [designed|chosen] "
      "[everything|every shape] themselves.",
      "The parade had been [suspended|dropped] after [a safety review|the festival lost its "
      "insurance] in {year}, and its return [was made possible by|followed] a [{sum} grant|grant] "
      "from a [regional arts fund|national lottery fund]. Organisers said [next year's|the next] "
      "festival would [add|include] a [night market|lantern trail] in {district}."}},
};

constexpr const char* kReactionTable[] = {
    "[Opinion in {city} appeared divided.|Not everyone in {city} agreed.|{city} seemed split.] "
    "{voice}, {voice_job} from the {district2} area, said {topic} had been [discussed for years "
    "without anything changing|talked about for years with nothing to show for it|on the agenda "
    "for as long as anyone could remember]. \"[At least something is finally happening|At least "
    "somebody is doing something|It is about time],\" {voice_last} {said}. \"[Whether it is the "
    "right thing, we will find out soon enough.|Time will tell whether it is the right thing.|Let "
    "us see if it works.]\"",
    "[On the high street|In the town centre|Outside the town hall], reactions ranged from [relief "
    "to frustration|anger to indifference|a cautious welcome to open hostility]. {voice}, "
    "{voice_job}, said [many neighbours|most people on the street|friends and neighbours] had "
    "[learned|heard|found out] about {topic} [from social media|online|from a neighbour's phone] "
    "before [any official announcement|the council said anything|anything official appeared]. "
    "\"[Nobody knocked on our doors|Nobody told us anything|Not one letter came through the "
    "door],\" {voice_last} {said}. \"[We should not have to find out these things from [a post on "
    "a phone|social media].|That is no way to treat people.|They could at least have told us "
    "first.]\"",
    "{voice}, {voice_job} who has lived in {city} for {voice_years} years, said [the town had "
    "been through worse|people would cope, as they always had|the community would pull together]. "
    "\"[People here look after each other|This is a place where neighbours still knock on "
    "doors|We are used to looking after ourselves],\" {voice_last} {said}. \"[There will be a lot "
    "of talk [at the school gates|in the shops|over the garden fence] this week, and then we will "
    "get on with it.|Everyone will have an opinion for [a week|a few days|a while], then life "
    "goes on.|We will [talk about it|argue about it] in the pub and then [get on with it|move "
    "on].]\"",
    "[A petition started by {residents} had gathered {over} {n3b} signatures by {weekday} "
    "evening.|By {weekday} evening {over} {n3b} people had signed a petition started by "
    "{residents}.|An online petition had {over} {n3b} signatures by {weekday} night.] [Its "
    "organiser|The person who started it], {voice}, {voice_job}, said the aim was [not to block "
    "anything but to make sure local people were heard|to be heard, not to stop anything|to get "
    "answers, not to cause trouble]. \"[We want answers in writing, not promises at a meeting|We "
    "want it in writing|Promises at a public meeting are not enough],\" {voice_last} {said}.",
    "[Not everyone was convinced.|Not all {residents} were convinced.|Some were sceptical.] \"[I "
    "have heard all this before|We have been here before|I will believe it when I see it],\" said "
    "{voice}, {voice_job} from {district2} [who has followed|who has watched] [local politics|the "
    "council] for {voice_years} years. \"[They make the announcement, they get the headlines, and "
    "then [the details change|the money disappears|nothing happens].|The announcement is always "
    "the easy bit.|Let us see what is actually delivered.]\"",
    "[Online|On local social media groups], {topic} [drew hundreds of comments|prompted a lively "
    "debate] [within hours|by {weekday} evening]. {voice}, {voice_job} who [runs|looks after] one "
    "of the [larger|busier] groups, said [the mood|opinion] had [shifted|swung] [during the "
    "day|as more details emerged]. \"[People were angry at first, then curious|The first comments "
    "were furious, the later ones more thoughtful|It started as a row and ended as a "
    "discussion],\" {voice_last} {said}.",
    "{voice}, {voice_job}, [did not mince words|was blunt|put it bluntly]. \"[Did anyone ask the "
    "people who live here?|Has anyone asked the people who actually live here?|Who asked us?]\" "
    "{voice_last} asked. [Others|Some neighbours|People at the bus stop] said they [had not heard "
    "about|knew nothing of|only learned of] {topic} until [reporters asked them|{weekday}|they "
    "read about it].",
};

constexpr const char* kAnalysisTable[] = {
    "{analyst}, who [teaches public policy|lectures in local government|researches regional "
    "development] at {analyst_org}, said {city} was [not alone|far from unique|one of many towns "
    "in the same position]. \"[Towns of this size [across the country|everywhere] are facing the "
    "same pressures at the same time|Places like {city} are all dealing with the same problems at "
    "once|Every town of this size has the same list of problems],\" {analyst_last} {said}, adding "
    "that [decisions taken in the coming months would shape the area for decades|the choices made "
    "this year would be felt for a generation|what happened next would matter for years].",
    "[Independent analysts cautioned against drawing conclusions too quickly.|Outside experts "
    "urged caution.|Not everyone is ready to draw conclusions.] {analyst}, of {analyst_org}, said "
    "the figures released so far were [preliminary|only a first estimate|provisional]. \"[The "
    "first numbers in a situation like this are almost always revised|Early figures nearly always "
    "change|First estimates are usually wrong, one way or the other],\" {analyst_last} {said}. "
    "\"[I would wait a few weeks before judging.|Give it a month before judging.|Nobody should "
    "rush to conclusions.]\"",
    "[According to {analyst}, a researcher at {analyst_org} who has studied similar cases in "
    "{n1b} other towns,|{analyst} of {analyst_org}, who has looked at {n1b} similar cases "
    "elsewhere, said|In the view of {analyst}, who has compared {n1b} similar towns for "
    "{analyst_org},] the long-term effects of {topic} [depend largely on what happens next|will "
    "depend on what follows|are impossible to predict yet]. \"[The announcement is the easy "
    "part|Announcing things is easy|Anyone can make an announcement],\" {analyst_last} {said}. "
    "\"[Delivery is where these things succeed or fail.|What matters is whether anyone follows it "
    "through.|The hard work starts now.]\"",
    "{analyst} of {analyst_org}, [who has advised|who has worked with] [several|a number of] "
    "councils in the region, said {topic} [reflected|pointed to] a [wider|broader] problem: "
    "[budgets that have shrunk|money that has grown tighter] [in real terms|year after year] "
    "while [costs|demands] [kept rising|have grown]. \"[Every town is making choices like this "
    "now|Nobody is making these decisions with enough money],\" {analyst_last} {said}.",
    "[Comparable|Similar] [cases|situations] elsewhere [suggest|show] that [public "
    "attention|interest] [tends to fade|usually fades] [within a few months|once the headlines "
    "move on], [said|according to] {analyst}, [an economist|a political scientist] at "
    "{analyst_org}. \"[That is exactly when the important decisions get taken|The real test comes "
    "a year from now],\" {analyst_last} {said}.",
};

constexpr const char* kBackgroundTable[] = {
    "[{city}, a town of {about} {pop} people in {county},|{city}, home to {about} {pop} "
    "people,|With {about} {pop} inhabitants, {city}] has grown by [roughly|about|nearly] {pct2} "
    "{percent} [over the past decade|in ten years|since the last census], [much of it|most of "
    "that] driven by [young families moving out from larger cities|families leaving the big "
    "cities|couples priced out of the cities] in search of [cheaper housing and better "
    "schools|more space and lower rents|gardens and good schools].",
    "[The issue has long been a theme of local politics.|The subject is not new to local politics "
    "in {city}.|It is a familiar argument in {city}.] It [featured prominently in|dominated|was a "
    "big issue in] [last year's|the last] council elections, when [candidates from all the main "
    "parties|every party's candidates|candidates of every stripe] promised to [make it a "
    "priority|act on it|deal with it], and [a public consultation held in the autumn|a "
    "consultation last autumn|the council's consultation in the autumn] [received more responses "
    "than any other in the town's recent history|drew a record number of responses|attracted "
    "{over} {n3b} replies].",
    "[Records held at the town archive show that {city} faced a similar situation in "
    "{year2}|{city} has been here before: in {year2}, the town went through something "
    "similar|Older {residents} remember a similar episode in {year2}], when [it was resolved only "
    "after months of negotiation|it took months of argument to settle|the matter dragged on for "
    "most of the year]. [Several of the people involved then are still active in local "
    "affairs|Some of those involved then are still on the council|A few of the people who fought "
    "over it then are still around], and some said this week that [the lessons of that episode "
    "had not been learned|the same mistakes were being made|nobody seemed to remember what "
    "happened].",
    "[The council|{city}'s council], which [has been run|has been controlled] by a "
    "[coalition|minority administration] since the last elections, [has faced|is facing] [a "
    "budget gap|a shortfall] of {about} {money2} this year, and [{officials} have warned of cuts "
    "to|opposition councillors fear cuts to] [libraries and parks|bus subsidies and youth "
    "services|street cleaning and road repairs] [if the gap is not closed|unless savings are "
    "found elsewhere].",
    "[Once|For much of the last century] [a market town|a mill town|a busy railway town], {city} "
    "[has changed|has been transformed] since {year2}, when [its largest employer|the last mill] "
    "closed. [Today|Now] {about} {pct2} {percent} of [its working residents|people who live "
    "there] [commute|travel] to jobs [elsewhere in {county}|in neighbouring towns].",
};

constexpr const char* kNextStepTable[] = {
    "[A further update is expected at the next council meeting in {n1b} weeks' time|The council "
    "will return to the subject at its next meeting in {n1b} weeks|More details are due at a "
    "council meeting in {n1b} weeks], which will be [open to the public and streamed "
    "online|public and shown online|streamed on the council's website]. {Officials} said "
    "{residents} could [submit|send in|put] questions in advance [by email or in writing to the "
    "town hall|through the council's website|by post or email].",
    "{Officials} said they would [publish more details on the council's website|put more "
    "information online|release further details] [in the coming days|this week|before the "
    "weekend], and [a public information session|a drop-in session|a public meeting] has been "
    "[scheduled|arranged|booked] at the {district2} community centre [next week|on {weekday} next "
    "week|in the coming fortnight]. [Residents|Anyone|Those] unable to attend will be able to "
    "[watch a recording afterwards|watch it online later|catch up online].",
    "[Regional authorities are expected to review the situation [before the end of the month|this "
    "month].|The regional government is due to look at the matter [before the month is "
    "out|shortly].|A review by the regional authorities is expected within weeks.] [Until then|In "
    "the meantime|For now], {officials} asked {residents} to [check the council's website and "
    "local radio for updates|follow updates on local radio and online|keep an eye on the "
    "council's website] and to report [any problems|problems|concerns] [through the usual "
    "helpline|by phone|on the helpline].",
    "[The next step|What happens next] [will be decided|is due to be settled] [at|by] a [full "
    "council vote|meeting of the full council] in {month}. [Councillors|Members] [will have|are "
    "to receive] a [report|briefing] from {officials} [beforehand|a week before], and the "
    "[papers|documents] will be [published|made public] [online|on the council's website] [in "
    "advance|at the same time].",
    "{however} [questions remain|several questions have yet to be answered], [including|among "
    "them] [who will pay|how much it will all cost] and [how long it will take|when the work will "
    "be finished]. [A spokesperson for the council|The council's press office] said [answers|a "
    "fuller statement] would [follow|be given] [in the coming weeks|once the figures had been "
    "checked].",
};

}  // namespace

const std::span<const EventKind> kEventKinds(kKinds);
const std::span<const char* const> kReactions(kReactionTable);
const std::span<const char* const> kAnalyses(kAnalysisTable);
const std::span<const char* const> kBackgrounds(kBackgroundTable);
const std::span<const char* const> kNextSteps(kNextStepTable);

}  // namespace outlets
