#!/usr/bin/env bash
# `atelier quote` on bad input: each case makes a broken copy of the sample
# price book (or picks a bad flag) and must fail with a message naming the file,
# the field and what is allowed.
#   quote_bad_input.sh CASE ATELIER SAMPLE_BOOK DESIGN_DIR
set -u
case_name=$1 atelier=$2 sample=$3 designs=$4
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
book=$work/shop-book.json

# Edits the sample book with a Python expression on `b`, writing $book.
edit_book() {
  python3 - "$sample" "$book" "$1" <<'PY'
import json, sys
b = json.load(open(sys.argv[1]))
exec(sys.argv[3])
json.dump(b, open(sys.argv[2], "w"), indent=1)
PY
}

case $case_name in
negative_rate)
  edit_book 'b["labour"]["bench_hourly_minor"] = -9000'
  exec "$here/expect_failure.sh" "$book: labour.bench_hourly_minor" \
    "$atelier" quote "$designs/solitaire.json" --prices "$book" ;;
missing_field)
  edit_book 'del b["currency"]'
  exec "$here/expect_failure.sh" "$book: currency" \
    "$atelier" quote "$designs/solitaire.json" --prices "$book" ;;
unpriced_metal)
  edit_book 'del b["alloys"]["pt950"]'
  exec "$here/expect_failure.sh" "metals.head: \"pt950\" is not priced by the price book" \
    "$atelier" quote "$designs/cushion-pave-two-tone.json" --prices "$book" ;;
unpriced_gem)
  edit_book 'b["stones"] = [s for s in b["stones"] if s["gem"] != "sapphire"]'
  exec "$here/expect_failure.sh" "stone.gem: \"sapphire\"" \
    "$atelier" quote "$designs/sapphire-bezel.json" --prices "$book" ;;
bad_date)
  exec "$here/expect_failure.sh" "--order-date: '2026-02-30' is not a date in the form YYYY-MM-DD" \
    "$atelier" quote "$designs/solitaire.json" --order-date 2026-02-30 ;;
bad_method)
  exec "$here/expect_failure.sh" "--method: 'lasered' is not allowed; allowed: cast, handmade, hybrid" \
    "$atelier" quote --method lasered ;;
*)
  echo "quote_bad_input.sh: unknown case '$case_name'" >&2
  exit 2 ;;
esac
