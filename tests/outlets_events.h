// outlets_events: the prose tables behind outlets_prose.cc, as templates. The kinds of event an
// article reports (each its headline, lede and five paragraphs of its own) and the paragraphs any
// article may add (a reaction, an analyst, background, next steps). Read-only data; thread-safe.
//
// The template language (outlets_prose.cc expands it):
//   {name}    a slot. Most hold one value for the whole article (the town, the people, the
//             numbers); a few hold alternatives (below) and are drawn afresh at each use.
//   [a|b|c]   one of the alternatives, drawn afresh at each occurrence; an alternative may hold
//             slots and further [..|..]. No alternative is empty (the self-check refuses a
//             double space), so every draw reads as a sentence.
// Slots with one value per article:
//   {city} {county} (reads after "in") {district} {district2} {river} {street} {weekday} (of the
//   publication date) {month} (a month ahead) {firm} (a company) {product} {era} {score}
//   people, full name and surname: {official}/{official_last} (with {role}, the kind's official),
//   {resident}/{resident_last} with {job} ("a bus driver"), {second}/{second_last} (anyone else
//   the kind's paragraphs quote), {expert}/{expert_last} of {expert_org}, {voice}/{voice_last}
//   with {voice_job} and {voice_years}, {analyst}/{analyst_last} of {analyst_org}
//   numbers: {n1} (two-nine) {n1b} (two-six) {n2} (12-95) {n3} (120-980) {n3b} (300-4,800) {n4}
//   (1,200-48,000) {pct} (11-64) {pct2} (6-29) {money} ("$4.7 million") {money2} (a council
//   budget gap) {sum} ("$340,000") {year} (1952-2008)
//   {year2} (1960-1999) {years} (8-41) {mins} (20-60) {minute} ("84th") {pop} (18,000-240,000)
// Slots drawn at each use (word choices):
//   {said} {about} (before a number) {over} ("more than") {officials} {Officials} {residents}
//   {however} (opens a sentence) {expected} (before "to") {start} {council} {Council} {topic}
//   (the kind's subject, a noun phrase)
// House style, drawn once an article: {percent}.
// A person is named in full and by surname within one paragraph, so that any selection of
// paragraphs reads right.
#pragma once

#include <span>

namespace outlets {

struct EventKind {
  const char* section;
  const char* role;      // the official quoted in the story; drawn once an article
  const char* topic;     // noun phrases for the shared paragraphs, "[the fire|the wildfire]"
  const char* headline;  // drawn once an article
  const char* lede;      // drawn once an article: the description and the first paragraph
  const char* body[5];   // in story order; an article takes three or four of them
};

extern const std::span<const EventKind> kEventKinds;

// The shared paragraphs, by group. An article takes one to four groups, one paragraph of each.
extern const std::span<const char* const> kReactions;
extern const std::span<const char* const> kAnalyses;
extern const std::span<const char* const> kBackgrounds;
extern const std::span<const char* const> kNextSteps;

}  // namespace outlets
