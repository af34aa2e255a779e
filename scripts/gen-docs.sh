#!/usr/bin/env bash
# Generates the man page and the shell completion scripts from the command definitions, so they
# can never drift from what the binary accepts:
#   docs/man/shopdash.1                       (swift-argument-parser's generate-manual plugin)
#   completions/shopdash.bash, _shopdash (zsh), shopdash.fish
# Run it after changing any command, and commit the results.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product shopdash >/dev/null
bin=$(swift build --show-bin-path)/shopdash

mkdir -p completions docs/man
"$bin" --generate-completion-script bash > completions/shopdash.bash
"$bin" --generate-completion-script zsh > completions/_shopdash
"$bin" --generate-completion-script fish > completions/shopdash.fish

# The date of the last commit, so the page only changes when the commands do.
swift package plugin generate-manual --date "$(git log -1 --format=%cs 2>/dev/null || date +%F)" --authors "shopdash maintainers" >/dev/null
page=$(find .build/plugins -path '*GenerateManual*' -name shopdash.1 -newer Package.swift | head -1)
[ -n "$page" ] || page=$(find .build/plugins -path '*GenerateManual*' -name shopdash.1 | head -1)
[ -n "$page" ] || { echo "generate-manual wrote no shopdash.1" >&2; exit 1; }
cp "$page" docs/man/shopdash.1
echo "wrote docs/man/shopdash.1 and completions/{shopdash.bash,_shopdash,shopdash.fish}"
