#!/usr/bin/env bash
# Install everything, then run the linters, the type checker and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
. .venv/bin/activate
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
ruff check dyadwatch tests eval benchmarks
mypy
python -m pytest -q "$@"
