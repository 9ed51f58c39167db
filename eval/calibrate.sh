#!/bin/sh
# Refit the shipped confidence model (eventscope/data/confidence.yaml) on the codebook's gold:
# the real-news development corpus and the seed article, beside the repository in ../shared.
# Run it whenever the coder changes (a test fails until you do), from the repository root.
set -e
shared=${SHARED:-../shared}
exec eventscope calibrate "$shared/data/news-dev/gold.jsonl" \
    "$shared/data/news-dev/articles.jsonl" "$shared/samples/seed-article.txt" \
    --also "$shared/samples/seed-article.gold.jsonl" \
    --out eventscope/data/confidence.yaml --plot docs/img/confidence.png "$@"
