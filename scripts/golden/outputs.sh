#!/usr/bin/env bash
# Writes the command line's outputs on the examples and on generated bench sheets into DIR, so two
# commits can be compared byte for byte (issue 15: a redesign with behaviour unchanged):
#   scripts/golden/outputs.sh /tmp/before   (on the old commit)
#   scripts/golden/outputs.sh /tmp/after    (on the new one)
#   diff -r /tmp/before /tmp/after
# Run from the repository root after `npm run build:cli`.
set -euo pipefail
out=${1:?Brug: scripts/golden/outputs.sh MAPPE}
mkdir -p "$out"
cli="node bin/anvisning.js"
ex=examples/ledige-boliger.xlsx
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A bench sheet of 20,000 rows (seeded, so the same on every commit).
node -e "require('./lib/scripts/bench/generate.js').writeCsv('$work/bench.csv', 20000)"
for f in rules/*.json; do
  n=$(basename "$f" .json)
  extra=()
  case "$n" in
    rammeaftale-grupper|standard-25-pr-organisation) extra=(--departments examples/afdelinger.csv) ;;
    esbjerg-forespoergsel) extra=(--departments examples/afdelinger.csv --requests examples/forespoergsler.csv) ;;
  esac
  $cli allocate --agreement "$f" --input "$ex" "${extra[@]}" --format json > "$out/allocate-$n.json" 2>&1 || echo "exit $?" >> "$out/allocate-$n.json"
  $cli allocate --agreement "$f" --input "$ex" "${extra[@]}" --format table > "$out/allocate-$n.txt" 2>&1 || true
  $cli allocate --agreement "$f" --input "$ex" "${extra[@]}" --output "$work/out-$n.csv" --state "$work/state-$n.json" > /dev/null 2>&1 || true
  cp "$work/out-$n.csv" "$out/output-$n.csv" 2>/dev/null || true
  # The state carries the time it was saved; everything else must be the same.
  sed "/\"savedAt\"/d" "$work/state-$n.json" > "$out/state-$n.json" 2>/dev/null || true
  $cli allocate --agreement "$f" --input "$work/bench.csv" "${extra[@]}" --format json > "$out/bench-$n.json" 2>&1 || echo "exit $?" >> "$out/bench-$n.json"
  $cli lint --agreement "$f" --input "$ex" "${extra[@]}" --format json > "$out/lint-$n.json" 2>&1 || true
  $cli agreement --agreement "$f" --format json > "$out/agreement-$n.json" 2>&1 || true
  # A letting log: the allocation's own result as "Udlejet til", every seventh row the other way.
  awk -F';' -v OFS=';' 'NR==1{h="Udlejet til"} NR>1{h=($15=="Kommunal anvisning")?"Kommune":"Venteliste"; if (NR%7==0) h=(h=="Kommune")?"Venteliste":"Kommune"} {line=$1; for (i=2;i<=14;i++) line=line";"$i; print line";"h}' "$work/out-$n.csv" > "$work/log-$n.csv" 2>/dev/null || true
  $cli check --agreement "$f" --input "$work/log-$n.csv" "${extra[@]}" --format json > "$out/check-$n.json" 2>&1 || true
done
$cli simulate --agreements rules/standard-25.json rules/randers-bolig.json rules/faaborg-flex.json --input examples/historik.xlsx --format json > "$out/simulate.json" 2>&1 || true
$cli simulate --agreements rules/standard-25.json rules/randers-bolig.json --input "$work/bench.csv" --format json > "$out/simulate-bench.json" 2>&1 || true
$cli diff --agreement rules/standard-25.json --variant rules/randers-bolig.json --input "$ex" --format json > "$out/diff.json" 2>&1 || true
$cli sweep --agreement rules/randers-bolig.json --input examples/historik.xlsx --every 4000-6000=3..8 --target 10 --format json > "$out/sweep.json" 2>&1 || true
ls "$out" | wc -l
