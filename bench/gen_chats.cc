// Generates a JSON Lines file of realistic e-commerce chats for benchmarks.
// Usage: gen_chats MEGABYTES [SEED] > corpus.jsonl
// Deterministic for a given seed. About 2% of agent turns carry a violation.

#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "corpus.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: gen_chats MEGABYTES [SEED]\n");
    return 2;
  }
  const double target = std::atof(argv[1]) * 1024 * 1024;
  std::mt19937 rng(argc > 2 ? std::atoi(argv[2]) : 42);
  double written = 0;
  std::string line;
  for (long n = 0; written < target; ++n) {
    line.clear();
    huashu::bench::AppendChat(n, rng, &line);
    std::fwrite(line.data(), 1, line.size(), stdout);
    written += line.size();
  }
  return 0;
}
