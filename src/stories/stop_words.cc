// The stop-word lists, as data: one space-separated list per language, folded (no diacritics,
// ё as е), each the language's articles, pronouns, prepositions, conjunctions, auxiliaries and
// the reporting verbs of news ("said", "says"). Built into hash sets on first use.
#include "stories/stop_words.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace newsdesk::stories {
namespace {

struct StopList {
  const char* language;
  const char* words;
};

constexpr StopList kStopLists[] = {
    {"en",
     "a about above after again against all also am an and any are as at be because been before "
     "being below between both but by can could did do does doing down during each few for from "
     "further had has have having he her here hers herself him himself his how i if in into is it "
     "its itself just me more most my myself no nor not now of off on once only or other our ours "
     "out over own same she should so some such than that the their theirs them themselves then "
     "there these they this those through to too under until up very was we were what when where "
     "which while who whom why will with would you your yours yourself says said say s t amid "
     "via vs"},
    {"ru",
     "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее "
     "мне было вот от меня еще нет о из ему теперь когда даже ну ли если уже или ни быть был него "
     "до вас опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы "
     "тебя их чем была сам чтоб без чего раз тоже себе под будет ж тогда кто этот того потому "
     "этого какой совсем ним здесь этом почти мой тем чтобы нее сейчас были куда зачем всех "
     "никогда можно при об хоть после над больше тот через эти нас про всего них какая много "
     "разве эту моя свою этой перед иногда лучше чуть том нельзя такой им более всегда всю между "
     "это также заявил заявила сообщил сообщила сообщает"},
    {"uk",
     "і й та в у на з із зі до від для по про що як це не але або ж же б би він вона воно вони "
     "ми ви я ти його її їх їм нам вам був була було були бути є також яка який які коли де там "
     "тут після через під над між ще вже лише заявив повідомив"},
    {"es",
     "de la que el en y a los del se las por un para con no una su al lo como mas pero sus le ya "
     "o este si porque esta entre cuando muy sin sobre tambien me hasta hay donde quien desde todo "
     "nos durante todos uno les ni contra otros ese eso ante ellos e esto mi antes algunos unos yo "
     "otro otras otra tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas "
     "algo nosotros ha han fue ser es son era sido dijo tras segun"},
    {"pt",
     "a o e de da do das dos em no na nos nas um uma uns umas para por com que se nao mais como "
     "mas ao aos foi ser sao esta este isso ja tambem ou quando sobre entre apos pelo pela pelos "
     "pelas diz disse seu sua seus suas ele ela eles elas"},
    {"fr",
     "au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me "
     "meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes "
     "toi ton tu un une vos votre vous c d j l m n s y ete est sont etait plus apres selon contre "
     "a"},
    {"de",
     "aber alle als also am an auch auf aus bei bin bis bist da damit dann der den des dem die das "
     "dass du er es ein eine einem einen einer eines fur hat hatte ich ihr im in ist ja kann mit "
     "nach nicht noch nur oder sich sie sind so uber um und uns von vor war was weil wenn wie wir "
     "wird wurde zu zum zur"},
    {"it",
     "il lo la i gli le di a da in con su per tra fra e o ma che non si un una uno del della dei "
     "delle al alla nel nella sono ha hanno come anche piu dopo"},
};

using Lists = std::unordered_map<std::string, StopWords>;

Lists BuildLists() {
  Lists lists;
  for (const StopList& list : kStopLists) {
    StopWords& set = lists[list.language];
    std::string_view words = list.words;
    while (!words.empty()) {
      std::size_t end = words.find(' ');
      std::string_view word = words.substr(0, end);
      if (!word.empty()) set.Add(word);
      words = end == std::string_view::npos ? std::string_view() : words.substr(end + 1);
    }
  }
  return lists;
}

}  // namespace

const StopWords* StopWords::For(std::string_view language) {
  static const Lists lists = BuildLists();
  auto it = lists.find(std::string(language.substr(0, 2)));
  return it == lists.end() ? nullptr : &it->second;
}

}  // namespace newsdesk::stories
