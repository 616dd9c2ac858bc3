#!/usr/bin/env bash
# Sums the <Counters> of every TRX file under a folder and prints, as its last line, exactly
#   N passed, N failed
# Exit status: 0 when at least one test ran and none failed; 1 otherwise (failures, errors, aborted or
# timed-out tests, no TRX file, or no test executed). Pure bash + grep + sed: no python, no dotnet.
# Usage: .ci/trx-summary.sh [RESULTS_DIR]   (default: TestResults)
set -uo pipefail

dir="${1:-TestResults}"
passed=0 failed=0 total=0 executed=0 errors=0 files=0 broken=0

attr() { # attr NAME ELEMENT -> the attribute's value, 0 when absent
  local v
  v=$(printf '%s' "$2" | sed -n "s/.*[[:space:]]$1=\"\([0-9]*\)\".*/\1/p")
  printf '%s' "${v:-0}"
}

while IFS= read -r -d '' trx; do
  files=$((files + 1))
  # The element sits on one line in dotnet's TRX; tr joins lines in case a writer wraps it.
  counters=$(tr '\n\r' '  ' < "$trx" | grep -o '<Counters[^>]*>' | head -n 1)
  if [[ -z "$counters" ]]; then
    echo "trx-summary: $trx has no <Counters> element (test run crashed?)" >&2
    broken=$((broken + 1))
    continue
  fi
  passed=$((passed + $(attr passed "$counters")))
  failed=$((failed + $(attr failed "$counters")))
  total=$((total + $(attr total "$counters")))
  executed=$((executed + $(attr executed "$counters")))
  errors=$((errors + $(attr error "$counters") + $(attr timeout "$counters") + $(attr aborted "$counters")))
done < <(find "$dir" -name '*.trx' -type f -print0 2>/dev/null)

status=0
if ((broken > 0)); then status=1; fi
if ((files == 0)); then
  echo "trx-summary: no .trx file under $dir: the test run did not produce results" >&2
  status=1
fi
if ((files > 0 && executed == 0)); then
  echo "trx-summary: no test was executed ($total found)" >&2
  status=1
fi
if ((errors > 0)); then
  echo "trx-summary: $errors tests errored, timed out or were aborted" >&2
  status=1
fi
if ((failed > 0)); then status=1; fi
if ((total > executed)); then
  echo "trx-summary: $((total - executed)) tests were found but not executed (skipped?)" >&2
fi
if ((executed > passed + failed)); then
  echo "trx-summary: $((executed - passed - failed)) executed tests neither passed nor failed (inconclusive?)" >&2
  status=1
fi

echo "$passed passed, $failed failed"
exit "$status"
