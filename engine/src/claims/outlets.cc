#include "claims/outlets.h"

#include <algorithm>

#include "base/record_ids.h"

namespace claimscope::internal {

using namespace std::string_view_literals;

namespace {
constexpr uint32_t kNone = ClaimText::kNone;
}  // namespace

void AddMedia(Claim* claim, int entity) {
  if (std::find(claim->media.begin(), claim->media.end(), entity) == claim->media.end()) {
    claim->media.push_back(entity);
  }
}

void Outlets::Reset(const ClaimText& text) {
  text_ = &text;
  media_entity_.assign(text.entities().size(), -1);
  paragraph_credits_.clear();
  for (auto& m : claim_media_) m.clear();
  credit_entity_ = -1;
  credit_sentence_ = -1;
  credit_dash_ = kNone;
  how_ = {};
}

bool Outlets::IsMedia(int entity) const {
  int8_t& known = media_entity_[entity];
  if (known < 0) known = LooksLikeMedia(text_->entities()[entity]) ? 1 : 0;
  return known != 0;
}

bool Outlets::LooksLikeMedia(const Entity& e) const {
  if (e.type != EntityType::kOrg) return false;
  if (e.subtype == "media"sv) return true;
  // "Valdera Herald", "Radio Zet": a word of the name says it is an outlet.
  const std::string_view name = text_->record().Slice(e.span);
  size_t start = 0;
  while (start < name.size()) {
    size_t space = name.find(' ', start);
    if (space == std::string_view::npos) space = name.size();
    if (text_->words().Has(WordList::kMediaWord, name.substr(start, space - start))) return true;
    start = space + 1;
  }
  return false;
}

void Outlets::FindCredit(const ClaimText& t, Record* record) {
  const std::vector<Segment>& paragraphs = t.paragraphs();
  for (const Segment& para : paragraphs) {
    // The first paragraph may be a headline; the dateline opens one of the first three.
    if (&para - &paragraphs[0] > 2) break;
    for (uint32_t k = para.first_token; k < para.end_token && k < para.first_token + 30; ++k) {
      if (!t.IsPunct(k, "(")) continue;
      const uint32_t inner = t.Next(k);
      if (inner == kNone || t.entity_of(inner) < 0) break;
      const Entity& e = t.entities()[t.entity_of(inner)];
      uint32_t close = inner;
      while (close < para.end_token && !t.IsPunct(close, ")")) ++close;
      const uint32_t after = close < para.end_token ? t.Next(close) : kNone;
      if (IsMedia(t.entity_of(inner)) && after != kNone &&
          (t.IsDash(after) || t.IsPunct(after, "--"))) {
        record->credit = std::string(record->Slice(e.span));
        credit_entity_ = t.entity_of(inner);
        credit_sentence_ = static_cast<int>(t.sentence_of(after));
        credit_dash_ = after;
        return;
      }
      break;
    }
  }
}

int Outlets::LastMediaBefore(uint32_t k) const {
  int last = -1;
  const std::vector<Entity>& entities = text_->entities();
  for (size_t e = 0; e < entities.size(); ++e) {
    if (entities[e].span.end <= text_->tokens()[k].start && IsMedia(static_cast<int>(e))) {
      last = static_cast<int>(e);
    }
  }
  return last;
}

void Outlets::CitedSource(Claim* claim) const {
  const ClaimText& t = *text_;
  if (claim->speaker.empty() || claim->content.empty()) return;
  const uint32_t head = t.Head(claim->speaker);
  if (head == kNone || t.entity_of(head) < 0 || !IsMedia(t.entity_of(head))) return;
  const Segment& sent = t.sentences()[claim->sentence];
  const uint32_t comma = claim->content.end < sent.end_token ? claim->content.end : kNone;
  const uint32_t citing = comma == kNone ? kNone : (t.IsPunct(comma, ",") ? t.Next(comma) : comma);
  if (citing == kNone || !t.LowerIs(citing, "citing")) return;
  uint32_t end = citing + 1;
  while (end < sent.end_token && !t.IsPunct(end, ".") && !t.IsPunct(end, ",")) ++end;
  const Range cited = t.Trim({citing + 1, end});
  if (cited.empty()) return;
  claim->media.push_back(t.entity_of(head));
  claim->speaker = cited;
  claim->cited = true;
  claim->apposition = {};
}

void Outlets::FindParagraphCredits(const std::vector<Claim>& claims) {
  const ClaimText& t = *text_;
  paragraph_credits_.assign(t.paragraphs().size(), ParagraphCredit());
  for (size_t p = 0; p < t.paragraphs().size(); ++p) {
    const Segment& para = t.paragraphs()[p];
    const uint32_t last = para.end_token - 1;
    if (para.end_token < para.first_token + 3 || !t.IsPunct(last, ")")) continue;
    uint32_t open = last;
    while (open > para.first_token && last - open <= 3 && !t.IsPunct(open, "(")) --open;
    if (!t.IsPunct(open, "(") || t.entity_of(open + 1) < 0 || !IsMedia(t.entity_of(open + 1))) {
      continue;
    }
    paragraph_credits_[p].entity = t.entity_of(open + 1);
    paragraph_credits_[p].open = open;
  }
  for (size_t c = 0; c < claims.size(); ++c) {
    ParagraphCredit& pc = paragraph_credits_[t.paragraph_of(claims[c].content.begin)];
    if (pc.entity < 0 || claims[c].content.end > pc.open) continue;
    if (pc.last_claim < 0 || claims[pc.last_claim].content.end <= claims[c].content.end) {
      pc.last_claim = static_cast<long>(c);
    }
  }
}

void Outlets::SetMedia(const Cues& cues, const std::vector<Claim>& claims, size_t index, Quote* q) {
  const ClaimText& t = *text_;
  const Claim& claim = claims[index];
  std::vector<int>& media = media_;
  media.assign(claim.media.begin(), claim.media.end());
  auto add = [&media](int e) {
    if (e >= 0 && std::find(media.begin(), media.end(), e) == media.end()) media.push_back(e);
  };
  const Segment& sent = t.sentences()[claim.sentence];
  // "..., NPR reported." / "according to Al Jazeera": an outlet in the sentence's tail
  // (looked for near the claim only, in run-on sentences).
  const uint32_t from = std::min(claim.content.begin, claim.speaker.begin);
  const uint32_t near_begin = std::max(sent.first_token, from > 60 ? from - 60 : 0);
  const uint32_t near_end =
      std::min(sent.end_token, std::max(claim.content.end, claim.speaker.end) + 60);
  // Whether an entity may be an outlet here depends on the entity only, not on which of its
  // tokens the loop is at: worked out once for the run of its tokens.
  int entity_seen = -1;
  bool outlet_like = false;
  uint32_t before = kNone;  // the word before the name of entity_seen
  for (uint32_t k = near_begin; k < near_end; ++k) {
    const int e = t.entity_of(k);
    if (e < 0 || t.InsideQuote(k)) continue;
    if (e != entity_seen) {
      entity_seen = e;
      before = t.Prev(t.TokenAt(t.entities()[e].span.start));
      const bool after_outlet_noun = before != kNone && t.Is(WordList::kOutletNoun, before);
      const bool after_interview = before != kNone && t.LowerIs(before, "with") &&
                                   t.Prev(before) != kNone &&
                                   t.LowerIs(t.Prev(before), "interview");
      outlet_like = IsMedia(e) || after_outlet_noun || after_interview;
    }
    if (!outlet_like) continue;
    uint32_t after = k;
    while (after != kNone && t.entity_of(after) == e) after = t.Next(after);
    const bool reported = after != kNone && cues.At(after) && after != claim.cue.begin;
    // "according to Marca" carries the claim it introduces or closes, not the others of its
    // sentence ("..., although a source said no offer had been made").
    uint32_t according_word = before != kNone && t.LowerIs(before, "to") ? t.Prev(before) : kNone;
    if (according_word != kNone && !t.LowerIs(according_word, "according")) according_word = kNone;
    const bool according =
        according_word != kNone &&
        (according_word == claim.cue.begin ||
         (according_word >= claim.content.end && according_word <= claim.content.end + 3));
    const uint32_t speaker_head = claim.speaker.empty() ? kNone : t.Head(claim.speaker);
    const bool speaker_itself = speaker_head != kNone && t.entity_of(speaker_head) == e;
    // "told The Post", "in a statement to The POST", "in an interview with the BBC".
    const bool addressed =
        before != kNone && according_word == kNone &&
        (t.LowerIs(before, "to") || t.LowerIs(before, "with") || t.LowerIs(before, "told"));
    const bool outlet_named = k >= claim.speaker.begin && k < claim.speaker.end &&
                              before != kNone && t.Is(WordList::kOutletNoun, before);
    if (reported || according || speaker_itself || addressed || outlet_named) add(e);
  }
  // "It says", "The paper says": a speaker that stands for an outlet is one.
  if (q->speaker && !q->speaker->entity.empty()) {
    const int e = IndexOfId('e', q->speaker->entity);
    if (e >= 0 && IsMedia(e)) add(e);
  }
  const uint32_t head = claim.speaker.empty() ? kNone : t.Head(claim.speaker);
  if (head != kNone && t.Is(WordList::kOutletNoun, head)) add(LastMediaBefore(head));
  // A credit in brackets right after the claim or at the end of its paragraph: "(AP)".
  const uint32_t end = claim.mark >= 0 ? t.marks()[claim.mark].close : claim.content.end;
  for (uint32_t k = end; k < t.tokens().size() && k < end + 8; ++k) {
    if (t.IsPunct(k, "(") && k + 1 < t.tokens().size() && t.entity_of(k + 1) >= 0 &&
        IsMedia(t.entity_of(k + 1))) {
      add(t.entity_of(k + 1));
      break;
    }
  }
  // "... she said. (PA)": the credit closing a paragraph goes to its last claim.
  const ParagraphCredit& pc = paragraph_credits_[t.paragraph_of(claim.content.begin)];
  if (pc.entity >= 0 && pc.last_claim == static_cast<long>(index)) add(pc.entity);
  if (credit_entity_ >= 0 && static_cast<int>(claim.sentence) == credit_sentence_) {
    add(credit_entity_);
  }
  // A quote run on from another shares its outlets.
  if (claim.media_from >= 0 && static_cast<size_t>(claim.media_from) < claim_media_.size()) {
    for (int e : claim_media_[claim.media_from]) add(e);
  }
  if (claim_media_.size() <= index) claim_media_.resize(index + 1);
  claim_media_[index] = media;
  for (int e : media) q->media.push_back({t.entities()[e].span, t.entities()[e].id});
  how_ = claim.media.empty() ? "in_sentence_or_credit" : "addressed";
}

}  // namespace claimscope::internal
