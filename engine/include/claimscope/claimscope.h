// claimscope: who and what a news text talks about, and who said what.
//
//   #include "claimscope/claimscope.h"
//
//   auto engine = claimscope::Engine::Create({}).value();   // check .ok() in real code
//   claimscope::Workspace ws;
//   claimscope::Record r = engine->Extract({.text = text, .id = "a1"}, &ws);
//   std::string json;
//   claimscope::AppendJson(r, {}, &json);
//
// Headers: engine.h (Engine, Options, DocumentInput, Workspace), record.h (the result types),
// json_writer.h (the output contract), tokenizer.h (tokens, sentences, paragraphs),
// status.h (errors as values), version.h.
#ifndef CLAIMSCOPE_CLAIMSCOPE_H_
#define CLAIMSCOPE_CLAIMSCOPE_H_

#include "claimscope/engine.h"
#include "claimscope/json_writer.h"
#include "claimscope/record.h"
#include "claimscope/status.h"
#include "claimscope/tokenizer.h"
#include "claimscope/version.h"

#endif  // CLAIMSCOPE_CLAIMSCOPE_H_
